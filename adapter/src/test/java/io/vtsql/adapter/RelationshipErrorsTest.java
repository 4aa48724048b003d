package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Relationship scans that cannot run: no parent ids, or a premium relationship and a public key.
 */
class RelationshipErrorsTest {
  private static VtSimulator sim;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @Test
  void noParentIdsFailsBeforeAnyRequestNamingTheColumn() throws Exception {
    try (Connection conn =
        VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"))) {
      sim.requests().reset();
      final SQLException e =
          assertThrows(
              SQLException.class,
              () ->
                  VtConnections.rows(
                      conn, "select id from domain_resolutions where ip_address = '1.2.3.4'"));
      assertTrue(message(e).contains("gives no domain_id"), message(e));
      assertTrue(message(e).contains("domain_id IN (...)"), message(e));
      // A parent condition under an OR does not bound the scan either.
      final SQLException or =
          assertThrows(
              SQLException.class,
              () ->
                  VtConnections.rows(
                      conn,
                      "select id from file_contacted_domains where file_id = 'x' or malicious > 3"));
      assertTrue(message(or).contains("gives no file_id"), message(or));
      SimRequests.assertCount(0, () -> sim.requests().total());
    }
  }

  @Test
  void premiumRelationshipWithPublicKeyNamesThePrivilege() throws Exception {
    final String f0 = sim.corpus().ids("file").get(0);
    // No tier configured: the adapter cannot know the key is public until VirusTotal says so.
    try (Connection conn =
        VtConnections.open(sim.baseUrl(), sim.publicKey(), Map.of("cache", "false"))) {
      sim.requests().reset();
      final SQLException e =
          assertThrows(
              SQLException.class,
              () ->
                  VtConnections.rows(
                      conn,
                      "select id, \"date\" from file_submissions where file_id = '" + f0 + "'"));
      assertTrue(message(e).contains("premium-only relationship 'submissions'"), message(e));
      assertTrue(message(e).contains("VT Enterprise"), message(e));
      assertTrue(message(e).contains("ForbiddenError"), message(e));
      assertTrue(!message(e).contains(sim.publicKey()), "the key never shows");
      SimRequests.assertCount(1, () -> sim.requests().total());
      assertEquals(403, sim.requests().records().get(0).status());
    }
  }

  @Test
  void premiumRelationshipOnPublicTierFailsBeforeAnyRequest() throws Exception {
    final String f0 = sim.corpus().ids("file").get(0);
    try (Connection conn =
        VtConnections.open(
            sim.baseUrl(), sim.publicKey(), Map.of("cache", "false", "tier", "public"))) {
      sim.requests().reset();
      final SQLException e =
          assertThrows(
              SQLException.class,
              () ->
                  VtConnections.rows(
                      conn,
                      "select r.id from files f join file_submissions r on r.file_id = f.id"
                          + " where f.id = '"
                          + f0
                          + "'"));
      assertTrue(
          message(e)
              .contains(
                  "vt.file_submissions reads the premium-only relationship"
                      + " 'submissions' of files, which needs a VirusTotal premium API key (VT Enterprise"),
          message(e));
      assertTrue(message(e).contains("tier=public"), message(e));
      assertEquals("42501", e.getSQLState());
      // The parent lookup of files runs; the relationship call is never sent.
      SimRequests.assertCount(
          0,
          () ->
              sim.requests().count("GET /files/{id}/relationships/{relationship}")
                  + sim.requests().count("GET /files/{id}/{relationship}"));
      sim.requests().reset();
      assertThrows(
          SQLException.class,
          () ->
              VtConnections.rows(
                  conn, "select id from file_submissions where file_id = '" + f0 + "'"));
      SimRequests.assertCount(0, () -> sim.requests().total());
      // A public relationship is still read on a public tier.
      assertEquals(
          sim.corpus().related("file", f0, "contacted_domains").size(),
          VtConnections.rows(
                  conn, "select id from file_contacted_domains where file_id = '" + f0 + "'")
              .size());
      SimRequests.assertCount(1, () -> sim.requests().total());
    }
  }

  @Test
  void recordAndUrlNetworkRelationshipsArePremiumOnly() throws Exception {
    final String domain = sim.corpus().ids("domain").get(0);
    final String url = sim.corpus().ids("url").get(0);
    try (Connection conn =
        VtConnections.open(
            sim.baseUrl(), sim.publicKey(), Map.of("cache", "false", "tier", "public"))) {
      for (String sql :
          List.of(
              "select id from domain_mx_records where domain_id = '" + domain + "'",
              "select id from domain_caa_records where domain_id = '" + domain + "'",
              "select id from domain_cname_records where domain_id = '" + domain + "'",
              "select id from domain_ns_records where domain_id = '" + domain + "'",
              "select id from domain_soa_records where domain_id = '" + domain + "'",
              "select id from url_communicating_files where url_id = '" + url + "'",
              "select id from url_contacted_domains where url_id = '" + url + "'",
              "select id from url_contacted_ips where url_id = '" + url + "'",
              "select id from url_referrer_files where url_id = '" + url + "'")) {
        sim.requests().reset();
        final SQLException e =
            assertThrows(SQLException.class, () -> VtConnections.rows(conn, sql));
        assertEquals("42501", e.getSQLState(), sql);
        assertTrue(message(e).contains("premium-only relationship"), message(e));
        SimRequests.assertCount(0, () -> sim.requests().total());
      }
    }
  }

  @Test
  void searchOnPublicTierFailsBeforeAnyRequest() throws Exception {
    final String f0 = sim.corpus().ids("file").get(0);
    try (Connection conn =
        VtConnections.open(
            sim.baseUrl(), sim.publicKey(), Map.of("cache", "false", "tier", "public"))) {
      sim.requests().reset();
      final SQLException e =
          assertThrows(
              SQLException.class,
              () -> VtConnections.rows(conn, "select id from files where malicious > 3 limit 5"));
      assertEquals("42501", e.getSQLState());
      assertTrue(
          message(e)
              .contains("/intelligence/search, which needs a VirusTotal premium" + " API key"),
          message(e));
      assertTrue(message(e).contains("tier=public"), message(e));
      assertTrue(!message(e).contains(sim.publicKey()), "the key never shows");
      SimRequests.assertCount(0, () -> sim.requests().total());
      // A lookup by id is public.
      assertEquals(
          1, VtConnections.rows(conn, "select id from files where id = '" + f0 + "'").size());
      SimRequests.assertCount(1, () -> sim.requests().total());
    }
  }

  /** The message of the exception and its causes. */
  private static String message(Throwable t) {
    final StringBuilder b = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      b.append(c.getMessage()).append('\n');
    }
    return b.toString();
  }
}
