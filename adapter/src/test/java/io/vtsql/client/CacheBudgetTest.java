package io.vtsql.client;

import static io.vtsql.client.MockVt.OBJECT;
import static io.vtsql.client.MockVt.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The response cache is bounded by estimated bytes as well as by entry count. */
class CacheBudgetTest {
  private static final long MB = 1 << 20;
  private final MockVt vt = new MockVt();

  @AfterEach
  void stop() {
    vt.close();
  }

  /** A search page of {@code n} objects with some text each, like a page of full file objects. */
  private static String page(int n) {
    StringBuilder b = new StringBuilder("{\"data\":[");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",")
          .append("{\"type\":\"file\",\"id\":\"f")
          .append(i)
          .append("\",\"attributes\":{\"names\":[\"")
          .append("x".repeat(200))
          .append("\"],\"size\":")
          .append(i)
          .append("}}");
    }
    return b.append("]}").toString();
  }

  @Test
  void largeResponsesAreNotKeptBeyondTheByteBudgetButSmallOnesStillAre() throws Exception {
    String big = page(300);
    long pageBytes = JsonWeight.bytes(new ObjectMapper().readTree(big));
    assertTrue(pageBytes > MB / 4, "a page weighs " + pageBytes);
    int pages = 20;
    for (int i = 0; i < pages; i++) {
      vt.enqueue(json(200, big));
    }
    vt.enqueue(json(200, OBJECT));
    try (VtClient c = vt.builder(MockVt.key("budget")).cacheMaxBytes(MB).build()) {
      for (int i = 0; i < pages; i++) {
        assertEquals(
            300, c.getPage("/intelligence/search", Map.of("query", "size:" + i)).data().size());
      }
      VtCacheStats afterPages = c.cacheStats();
      assertTrue(
          afterPages.entries() * pageBytes <= MB,
          "offered " + pages * pageBytes + " bytes, kept " + afterPages.entries() + " pages");
      assertTrue(afterPages.evictions() >= pages - MB / pageBytes, afterPages.toString());

      c.getObject("files", "f1");
      c.getObject("files", "f1");
      assertEquals(pages + 1, vt.requests(), "the small response was served from the cache");
      assertEquals(1, c.cacheStats().hits());
    }
  }

  @Test
  void entryCountStillBoundsSmallResponses() {
    for (int i = 0; i < 5; i++) {
      vt.enqueue(json(200, OBJECT));
    }
    try (VtClient c =
        vt.builder(MockVt.key("count")).cacheMaxEntries(2).cacheMaxBytes(64 * MB).build()) {
      for (int i = 0; i < 5; i++) {
        c.getObject("files", "f" + i);
      }
      assertEquals(2, c.cacheStats().entries());
      assertEquals(3, c.cacheStats().evictions());
    }
  }

  @Test
  void weightIsTheEstimateButNeverBelowTheBudgetShareOfOneEntry() {
    assertEquals(5000, JsonWeight.weight(5000, 1000, 10));
    assertEquals(100, JsonWeight.weight(1, 1000, 10));
    assertEquals(101, JsonWeight.weight(1, 1001, 10), "rounded up so that at most 10 entries fit");
    assertEquals(Integer.MAX_VALUE, JsonWeight.weight(Long.MAX_VALUE, 1000, 10));
  }
}
