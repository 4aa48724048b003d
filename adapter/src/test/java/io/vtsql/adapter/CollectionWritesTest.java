package io.vtsql.adapter;

import static io.vtsql.adapter.VtConnections.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Collections over SQL: create, change and delete one, add and remove its items (an INSERT ...
 * SELECT batched into one request per 40 items), with the requests of every statement counted and
 * the statements that would touch every collection refused before any request.
 */
class CollectionWritesTest {
  private static VtSimulator sim;
  private static Connection c;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().scale(300).build());
    c = VtConnections.open(sim.baseUrl(), sim.premiumKey(), "cache", "on");
  }

  @AfterAll
  static void stop() throws SQLException {
    c.close();
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.requests().reset();
  }

  private static int update(String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      return s.executeUpdate();
    }
  }

  private static String create(String name) throws Exception {
    assertEquals(
        1,
        update(
            "insert into collections (name, description, private) values (?, 'made by a test', true)",
            name));
    final List<List<Object>> found =
        rows(
            c,
            "select id, description, private from collections"
                + " where owner = 'demo_analyst' and name = '"
                + name
                + "'");
    assertEquals(1, found.size(), sim.requests().records().toString());
    assertEquals(List.of("made by a test", true), found.get(0).subList(1, 3));
    return (String) found.get(0).get(0);
  }

  @Test
  void createRenameDelete() throws Exception {
    final String id = create("to rename");
    SimRequests.assertCount(1, () -> sim.requests().count("POST /collections"));
    sim.requests().reset();
    assertEquals(
        1, update("update collections set name = 'renamed', private = false where id = ?", id));
    SimRequests.assertCount(1, () -> sim.requests().count("PATCH /collections/{id}"));
    SimRequests.assertCount(1, () -> sim.requests().total());
    assertEquals(
        List.of(List.of("renamed", false)),
        rows(c, "select name, private from collections where id = '" + id + "'"));
    sim.requests().reset();
    assertEquals(1, update("delete from collections where id = ?", id));
    SimRequests.assertCount(1, () -> sim.requests().count("DELETE /collections/{id}"));
    assertEquals(0, rows(c, "select id from collections where id = '" + id + "'").size());
  }

  @Test
  void itemsFromAQueryGoInFewRequests() throws Exception {
    final String id = create("contacted domains");
    final String sample = mostContacting();
    final long domains =
        ((Number)
                rows(
                        c,
                        "select count(*) from file_contacted_domains where file_id = '"
                            + sample
                            + "'")
                    .get(0)
                    .get(0))
            .longValue();
    assertTrue(domains > 1, "domains " + domains);
    sim.requests().reset();
    final int added =
        update(
            "insert into collection_domains (collection_id, id)"
                + " select ?, d.id from file_contacted_domains d where d.file_id = ?",
            id,
            sample);
    assertEquals(domains, added);
    SimRequests.assertCount(
        (domains + 39) / 40, () -> sim.requests().count("POST /collections/{id}/{relationship}"));
    assertEquals(
        domains,
        ((Number)
                rows(c, "select domains_count from collections where id = '" + id + "'")
                    .get(0)
                    .get(0))
            .longValue());
    final List<List<Object>> items =
        rows(c, "select id from collection_domains where collection_id = '" + id + "' order by id");
    assertEquals(domains, items.size());
    sim.requests().reset();
    final String first = (String) items.get(0).get(0);
    final String second = (String) items.get(1).get(0);
    assertEquals(
        2,
        update(
            "delete from collection_domains where collection_id = ? and id in (?, ?)",
            id,
            first,
            second));
    SimRequests.assertCount(
        1, () -> sim.requests().count("DELETE /collections/{id}/{relationship}"));
    SimRequests.assertCount(1, () -> sim.requests().total());
    assertEquals(
        domains - 2,
        rows(c, "select id from collection_domains where collection_id = '" + id + "'").size());
  }

  @Test
  void everyCollectionIsNeverTouched() throws Exception {
    for (String sql :
        List.of(
            "delete from collections",
            "update collections set name = 'x'",
            "delete from collections where name = 'x'",
            "delete from collection_domains where id = 'a.com'")) {
      final SQLException e = assertThrows(SQLException.class, () -> update(sql), sql);
      assertTrue(
          message(e).contains("must name its rows by") || message(e).contains("names its rows by"),
          message(e));
    }
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  @Test
  void someoneElsesCollectionIsForbidden() throws Exception {
    final String theirs = sim.corpus().ids("collection").get(0);
    final SQLException e =
        assertThrows(
            SQLException.class, () -> update("delete from collections where id = ?", theirs));
    assertEquals("42501", e.getSQLState());
  }

  private static String message(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof VtQueryException) {
        return t.getMessage();
      }
    }
    return e.getMessage();
  }

  /** The corpus file that contacted the most domains. */
  private static String mostContacting() {
    String best = null;
    int most = -1;
    for (String f : sim.corpus().ids("file")) {
      final int n = sim.corpus().relatedRefs("file", f, "contacted_domains").size();
      if (n > most) {
        most = n;
        best = f;
      }
    }
    return best;
  }
}
