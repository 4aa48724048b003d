package io.vtsql.client;

import static io.vtsql.client.MockVt.OBJECT;
import static io.vtsql.client.MockVt.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shared-client registry: one client per key identity, base URL and settings; released with its
 * last user.
 */
class VtClientsTest {
  private final MockVt vt = new MockVt();

  @AfterEach
  void stop() {
    vt.close();
  }

  @Test
  void sameSettingsShareDifferentKeysOrSettingsDoNot() {
    String key = MockVt.key("reg");
    VtClient a = VtClients.acquire(vt.builder(key));
    VtClient b = VtClients.acquire(vt.builder(key));
    VtClient other = VtClients.acquire(vt.builder(MockVt.key("reg2")));
    VtClient ttl = VtClients.acquire(vt.builder(key).cacheTtl(Duration.ofMinutes(5)));
    try {
      assertSame(a, b);
      assertNotSame(a, other);
      assertNotSame(a, ttl);
    } finally {
      a.close();
      b.close();
      other.close();
      ttl.close();
    }
  }

  @Test
  void scopesNeverShareAClient() {
    String key = MockVt.key("scope");
    VtClient alice = VtClients.acquire(vt.builder(key).scope("user:alice"));
    VtClient alice2 = VtClients.acquire(vt.builder(key).scope("user:alice"));
    VtClient bob = VtClients.acquire(vt.builder(key).scope("user:bob"));
    try {
      assertSame(alice, alice2);
      assertNotSame(alice, bob);
    } finally {
      alice.close();
      alice2.close();
      bob.close();
    }
  }

  @Test
  void aSharedClientLivesUntilItsLastUserClosesIt() {
    String key = MockVt.key("life");
    int before = VtClients.size();
    VtClient a = VtClients.acquire(vt.builder(key));
    VtClient b = VtClients.acquire(vt.builder(key));
    assertEquals(before + 1, VtClients.size());
    a.close();
    vt.enqueue(json(200, OBJECT));
    assertEquals("f1", b.getObject("files", "f1").id(), "still usable by its other user");
    b.close();
    assertEquals(before, VtClients.size());
    VtClient fresh = VtClients.acquire(vt.builder(key));
    try {
      assertNotSame(a, fresh);
    } finally {
      fresh.close();
    }
  }

  @Test
  void perConnectionListenersAreSubscriptions() {
    String key = MockVt.key("listen");
    vt.enqueue(json(200, OBJECT), json(200, OBJECT));
    List<RequestRecord> seen = new ArrayList<>();
    try (VtClient c = VtClients.acquire(vt.builder(key).cache(false))) {
      try (Subscription s = c.addRequestListener(seen::add)) {
        c.getObject("files", "f1");
      }
      c.getObject("files", "f1");
    }
    assertEquals(1, seen.size());
    assertEquals("/files/f1", seen.get(0).path());
    assertThrows(
        IllegalArgumentException.class,
        () -> VtClients.acquire(vt.builder(key).requestListener(r -> {})));
  }
}
