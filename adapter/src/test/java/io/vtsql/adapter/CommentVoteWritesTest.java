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
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Comments and votes over SQL against the simulator: each statement's requests are counted, a
 * SELECT right after a write sees it (the caches are invalidated), VirusTotal's refusals arrive
 * with their SQLStates, and what vtsql refuses itself sends nothing.
 */
class CommentVoteWritesTest {
  private static VtSimulator sim;
  private static List<String> files;
  private static String domain;
  private static Connection c;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().scale(300).build());
    files = sim.corpus().ids("file").subList(0, 8);
    domain = sim.corpus().ids("domain").get(0);
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

  private static SQLException refused(String sql, Object... params) {
    return assertThrows(SQLException.class, () -> update(sql, params));
  }

  @Test
  void commentIsPostedOnceAndReadBackAtOnce() throws Exception {
    final String file = files.get(0);
    final String before = "select text from file_comments where file_id = '" + file + "'";
    final int earlier = rows(c, before).size();
    sim.requests().reset();
    assertEquals(
        1,
        update(
            "insert into file_comments (file_id, text) values (?, ?)",
            file,
            "seen in a phish #lure"));
    SimRequests.assertCount(1, () -> sim.requests().count("POST /files/{id}/{relationship}"));
    SimRequests.assertCount(1, () -> sim.requests().total());
    final List<List<Object>> after = rows(c, before);
    assertEquals(earlier + 1, after.size());
    assertEquals("seen in a phish #lure", after.get(0).get(0));
    final List<List<Object>> tags =
        rows(c, "select tags from file_comments where file_id = '" + file + "' limit 1");
    assertEquals(List.of("lure"), tags.get(0).get(0));
  }

  @Test
  void commentsOnEveryObjectKind() throws Exception {
    assertEquals(
        1, update("insert into domain_comments (domain_id, text) values (?, 'x')", domain));
    final String ip = sim.corpus().ids("ip_address").get(0);
    assertEquals(
        1, update("insert into ip_address_comments (ip_address_id, text) values (?, 'y')", ip));
    final String url = sim.corpus().ids("url").get(0);
    assertEquals(1, update("insert into url_comments (url_id, text) values (?, 'z')", url));
    SimRequests.assertCount(3, () -> sim.requests().total());
  }

  @Test
  void secondVoteIsAConflictWithVirusTotalsMessage() throws Exception {
    final String file = files.get(1);
    assertEquals(
        1, update("insert into file_votes (file_id, verdict) values (?, 'malicious')", file));
    final SQLException again =
        refused("insert into file_votes (file_id, verdict) values (?, 'harmless')", file);
    assertEquals("23505", again.getSQLState());
    assertTrue(again.getMessage().contains("already voted \"malicious\""), again.getMessage());
    SimRequests.assertCount(2, () -> sim.requests().count("POST /files/{id}/{relationship}"));
    final List<List<Object>> mine =
        rows(c, "select verdict from file_user_votes where file_id = '" + file + "'");
    assertEquals(List.of(List.of("malicious")), mine);
  }

  @Test
  void voteOnAnUnknownObjectNamesTheMissingParent() throws Exception {
    final SQLException e =
        refused(
            "insert into url_votes (url_id, verdict) values ('http://nowhere.invalid/', 'harmless')");
    assertEquals("23503", e.getSQLState());
    assertTrue(e.getMessage().contains("not found"), e.getMessage());
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @Test
  void badVerdictIsRefusedBeforeAnyRequest() throws Exception {
    final SQLException e =
        refused("insert into domain_votes (domain_id, verdict) values (?, 'evil')", domain);
    assertEquals("23514", e.getSQLState());
    assertTrue(e.getMessage().contains("'harmless' or 'malicious'"), e.getMessage());
    final SQLException missing = refused("insert into domain_votes (domain_id) values (?)", domain);
    assertEquals("23502", missing.getSQLState());
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  @Test
  void deleteOwnCommentVoteOnComment() throws Exception {
    final String file = files.get(2);
    update("insert into file_comments (file_id, text) values (?, 'to be removed')", file);
    final String id =
        (String)
            rows(c, "select id from file_comments where file_id = '" + file + "' limit 1")
                .get(0)
                .get(0);
    sim.requests().reset();
    assertEquals(
        1, update("update comments set votes_positive = votes_positive + 1 where id = ?", id));
    SimRequests.assertCount(1, () -> sim.requests().count("POST /comments/{id}/{relationship}"));
    assertEquals(
        List.of(List.of(1)),
        rows(c, "select votes_positive from comments where id = '" + id + "'"));
    sim.requests().reset();
    assertEquals(1, update("delete from comments where id = ?", id));
    SimRequests.assertCount(1, () -> sim.requests().count("DELETE /comments/{id}"));
    SimRequests.assertCount(1, () -> sim.requests().total());
    assertEquals(
        0,
        rows(c, "select id from file_comments where file_id = '" + file + "' and id = '" + id + "'")
            .size());
    // deleting it again: no such row any more, nothing changes (SQL's "no data")
    assertEquals(0, update("delete from comments where id = ?", id));
  }

  @Test
  void deletingSomeoneElsesCommentIsForbidden() throws Exception {
    final String theirs = sim.corpus().ids("comment").get(0);
    final SQLException e = refused("delete from comments where id = ?", theirs);
    assertEquals("42501", e.getSQLState());
  }

  @Test
  void refusalsSendNothing() throws Exception {
    final SQLException readOnly = refused("insert into files (id) values ('abc')");
    assertEquals("42000", state(readOnly));
    assertTrue(refusal(readOnly).startsWith("vt.files is read-only"), refusal(readOnly));
    final SQLException everything = refused("delete from comments");
    assertEquals("42000", state(everything));
    assertTrue(refusal(everything).contains("must name its rows by id"), refusal(everything));
    final SQLException byText = refused("delete from comments where text = 'x'");
    assertEquals("42000", state(byText));
    final SQLException setId =
        refused("insert into file_comments (file_id, id, text) values ('a', 'b', 'c')");
    assertEquals("42000", setId.getSQLState());
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  /**
   * The SQLState: a refusal while planning reaches plain jdbc:calcite: without one (the driver's
   * SqlErrors gives it), so it is read from the adapter's exception.
   */
  private static String state(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof VtQueryException q) {
        return SqlStates.of(q);
      }
    }
    return e.getSQLState();
  }

  /** The adapter's own message (plain jdbc:calcite: prefixes it; the driver shows it alone). */
  private static String refusal(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof VtQueryException) {
        return t.getMessage();
      }
    }
    return e.getMessage();
  }

  @Test
  void explainShowsTheRequestsAndMaxRequestsApplies() throws Exception {
    final String plan =
        VtConnections.explain(
            c, "insert into file_comments (file_id, text) values ('a', 'x'), ('b', 'y')");
    assertTrue(plan.contains("POST /files/{file_id}/comments per row"), plan);
    assertTrue(plan.contains("-- VirusTotal requests: at most 2"), plan);
    try (Connection one = VtConnections.open(sim.baseUrl(), sim.premiumKey(), "maxRequests", "1");
        Statement s = one.createStatement()) {
      final SQLException e =
          assertThrows(
              SQLException.class,
              () ->
                  s.executeUpdate(
                      "insert into file_comments (file_id, text) values ('"
                          + files.get(3)
                          + "', 'x'), ('"
                          + files.get(4)
                          + "', 'y')"));
      assertEquals("54000", e.getSQLState());
    }
    SimRequests.assertCount(0, () -> sim.requests().total());
  }
}
