package io.vtsql.client;

import static io.vtsql.client.MockVt.OBJECT;
import static io.vtsql.client.MockVt.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persistent cache directory: survives clients, honours the TTL, tolerates corruption and
 * concurrency.
 */
class DiskCacheTest {
  private final MockVt vt = new MockVt();
  @TempDir Path dir;

  @AfterEach
  void stop() {
    vt.close();
  }

  private static List<Path> entries(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void survivesANewClientInstance() throws IOException {
    String key = MockVt.key("disk");
    vt.enqueue(json(200, OBJECT));
    try (VtClient c = vt.builder(key).cacheDir(dir).build()) {
      c.getObject("files", "f1");
    }
    assertEquals(1, entries(dir).size());
    try (VtClient c = vt.builder(key).cacheDir(dir).build()) {
      assertEquals(1, c.getObject("files", "f1").attributes().get("size").asInt());
      assertEquals(1, c.cacheStats().diskHits());
      assertTrue(c.recentRequests().get(0).cached());
    }
    assertEquals(1, vt.requests());
  }

  @Test
  void anotherKeyDoesNotReadTheEntry() {
    vt.enqueue(json(200, OBJECT), json(200, OBJECT));
    try (VtClient a = vt.builder(MockVt.key("d1")).cacheDir(dir).build();
        VtClient b = vt.builder(MockVt.key("d2")).cacheDir(dir).build()) {
      a.getObject("files", "f1");
      b.getObject("files", "f1");
    }
    assertEquals(2, vt.requests());
  }

  @Test
  void entriesOlderThanTheTtlAreMisses() throws InterruptedException {
    String key = MockVt.key("old");
    vt.enqueue(json(200, OBJECT), json(200, OBJECT));
    try (VtClient c = vt.builder(key).cacheDir(dir).cacheTtl(Duration.ofMillis(100)).build()) {
      c.getObject("files", "f1");
    }
    Thread.sleep(200);
    try (VtClient c = vt.builder(key).cacheDir(dir).cacheTtl(Duration.ofMillis(100)).build()) {
      c.getObject("files", "f1");
    }
    assertEquals(2, vt.requests());
  }

  @Test
  void corruptOrTruncatedEntriesAreMissesAndGetReplaced() throws IOException {
    String key = MockVt.key("corrupt");
    vt.enqueue(json(200, OBJECT));
    try (VtClient c = vt.builder(key).cacheDir(dir).build()) {
      c.getObject("files", "f1");
    }
    Path entry = entries(dir).get(0);
    String good = Files.readString(entry);
    for (String broken :
        List.of(
            good.substring(0, good.length() / 2),
            "",
            "not json at all",
            good.replace("\"format\":1", "\"format\":99"))) {
      Files.writeString(entry, broken);
      vt.enqueue(json(200, OBJECT));
      int before = vt.requests();
      try (VtClient c = vt.builder(key).cacheDir(dir).build()) {
        assertEquals(
            "f1", c.getObject("files", "f1").id(), "a broken entry is a miss, never an error");
      }
      assertEquals(before + 1, vt.requests());
      assertEquals(
          "f1",
          EnvelopeParser.mapper().readTree(Files.readString(entry)).at("/body/data/id").asText(),
          "the broken entry was replaced by a whole one");
    }
  }

  @Test
  void concurrentWritersOfTheSameEntriesLeaveOnlyWholeFiles() throws Exception {
    vt.server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String id = request.getUrl().pathSegments().get(3);
            return json(
                200,
                "{\"data\":{\"type\":\"file\",\"id\":\""
                    + id
                    + "\",\"attributes\":{\"pad\":\""
                    + "x".repeat(20_000)
                    + "\"}}}");
          }
        });
    String key = MockVt.key("race");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int client = 0; client < 6; client++) {
        done.add(
            pool.submit(
                () -> {
                  // separate clients = separate memory caches, as separate processes would have
                  try (VtClient c = vt.builder(key).cacheDir(dir).build()) {
                    for (int i = 0; i < 10; i++) {
                      assertEquals("id" + i, c.getObject("files", "id" + i).id());
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    List<Path> files = entries(dir);
    assertEquals(10, files.size(), "one file per entry and no temporary leftovers: " + files);
    for (Path f : files) {
      assertTrue(f.getFileName().toString().matches("[0-9a-f]{64}\\.json"), f.toString());
      EnvelopeParser.mapper().readTree(Files.readString(f)).at("/body/data/id").asText();
    }
    try (VtClient c = vt.builder(key).cacheDir(dir).build()) {
      int before = vt.requests();
      for (int i = 0; i < 10; i++) {
        c.getObject("files", "id" + i);
      }
      assertEquals(before, vt.requests(), "every entry written concurrently is readable");
    }
  }
}
