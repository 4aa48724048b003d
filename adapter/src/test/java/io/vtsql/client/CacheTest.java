package io.vtsql.client;

import static io.vtsql.client.MockVt.OBJECT;
import static io.vtsql.client.MockVt.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The in-memory response cache: hits cost no request, keys never share entries, TTL, errors not
 * cached.
 */
class CacheTest {
  private final MockVt vt = new MockVt();

  @AfterEach
  void stop() {
    vt.close();
  }

  @Test
  void repeatedRequestIsServedFromCacheWithZeroHttpRequests() {
    vt.enqueue(json(200, OBJECT));
    try (VtClient c = vt.builder(MockVt.key("a")).build()) {
      assertEquals("f1", c.getObject("files", "f1").id());
      assertEquals("f1", c.getObject("files", "f1").id());
      assertEquals(1, vt.requests());
      List<RequestRecord> log = c.recentRequests();
      assertEquals(2, log.size());
      assertFalse(log.get(0).cached());
      assertTrue(log.get(1).cached());
      assertEquals("/files/f1", log.get(1).path());
      assertEquals(200, log.get(1).status());
      VtCacheStats stats = c.cacheStats();
      assertEquals(1, stats.hits());
      assertEquals(1, stats.misses());
      assertEquals(1, stats.entries());
    }
  }

  @Test
  void parameterOrderDoesNotMatterButCursorDoes() {
    vt.enqueue(json(200, "{\"data\":[]}"), json(200, "{\"data\":[]}"));
    try (VtClient c = vt.builder(MockVt.key("b")).build()) {
      c.getPage("/intelligence/search", Map.of("query", "entity:file", "limit", "10"));
      c.getPage(
          "/intelligence/search",
          new java.util.LinkedHashMap<>(Map.of("limit", "10", "query", "entity:file")));
      assertEquals(1, vt.requests());
      c.getPage(
          "/intelligence/search", Map.of("query", "entity:file", "limit", "10", "cursor", "c1"));
      assertEquals(2, vt.requests());
    }
  }

  @Test
  void twoKeysNeverShareEntries() {
    vt.enqueue(json(200, OBJECT), json(200, OBJECT));
    try (VtClient a = vt.builder(MockVt.key("k1")).build();
        VtClient b = vt.builder(MockVt.key("k2")).build()) {
      a.getObject("files", "f1");
      b.getObject("files", "f1");
      assertEquals(2, vt.requests());
    }
  }

  @Test
  void sharedClientOfOneKeySharesItsCache() {
    String key = MockVt.key("shared");
    vt.enqueue(json(200, OBJECT));
    try (VtClient a = VtClients.acquire(vt.builder(key));
        VtClient b = VtClients.acquire(vt.builder(key))) {
      assertTrue(a == b, "same key, URL and settings → one client");
      a.getObject("files", "f1");
      b.getObject("files", "f1");
      assertEquals(1, vt.requests());
    }
  }

  @Test
  void cacheOffRequestsEveryTime() {
    vt.enqueue(json(200, OBJECT), json(200, OBJECT));
    try (VtClient c = vt.builder(MockVt.key("off")).cache(false).build()) {
      c.getObject("files", "f1");
      c.getObject("files", "f1");
      assertEquals(2, vt.requests());
      assertEquals(new VtCacheStats(0, 0, 0, 0, 0), c.cacheStats());
    }
  }

  @Test
  void entriesExpireAfterTheTtl() throws InterruptedException {
    vt.enqueue(json(200, OBJECT), json(200, OBJECT));
    try (VtClient c = vt.builder(MockVt.key("ttl")).cacheTtl(Duration.ofMillis(150)).build()) {
      c.getObject("files", "f1");
      Thread.sleep(250);
      c.getObject("files", "f1");
      assertEquals(2, vt.requests());
    }
  }

  @Test
  void errorsAreNotCached() {
    vt.enqueue(MockVt.error(404, "NotFoundError", "File \\\"f1\\\" not found"), json(200, OBJECT));
    try (VtClient c = vt.builder(MockVt.key("err")).build()) {
      assertThrows(VtNotFoundException.class, () -> c.getObject("files", "f1"));
      assertEquals("f1", c.getObject("files", "f1").id());
      assertEquals(2, vt.requests());
      assertEquals("NotFoundError", c.recentRequests().get(0).errorCode());
      assertEquals(404, c.recentRequests().get(0).status());
    }
  }

  @Test
  void aCachedTreeMutatedByACallerDoesNotChangeTheNextHit() {
    vt.enqueue(json(200, OBJECT));
    try (VtClient c = vt.builder(MockVt.key("copy")).build()) {
      c.getObject("files", "f1").attributes().put("size", 999);
      assertEquals(1, c.getObject("files", "f1").attributes().get("size").asInt());
    }
  }
}
