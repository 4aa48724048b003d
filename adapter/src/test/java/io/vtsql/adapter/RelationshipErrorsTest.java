package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Relationship scans that cannot run: no parent ids, or a premium relationship and a public
 * key.
 */
class RelationshipErrorsTest {
  private static VtSimulator sim;

  @BeforeAll static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
  }

  @AfterAll static void stop() {
    sim.close();
  }

  @Test void noParentIdsFailsBeforeAnyRequestNamingTheColumn() throws Exception {
    try (Connection conn = SimConnections.open(sim.baseUrl(), sim.premiumKey(),
        Map.of("cache", "false"))) {
      sim.requests().reset();
      final SQLException e = assertThrows(SQLException.class, () -> SimConnections.rows(conn,
          "select id from domain_resolutions where ip_address = '1.2.3.4'"));
      assertTrue(message(e).contains("gives no domain_id"), message(e));
      assertTrue(message(e).contains("domain_id IN (...)"), message(e));
      // A parent condition under an OR does not bound the scan either.
      final SQLException or = assertThrows(SQLException.class, () -> SimConnections.rows(conn,
          "select id from file_contacted_domains where file_id = 'x' or malicious > 3"));
      assertTrue(message(or).contains("gives no file_id"), message(or));
      SimRequests.assertCount(0, () -> sim.requests().total());
    }
  }

  @Test void premiumRelationshipWithPublicKeyNamesThePrivilege() throws Exception {
    final String f0 = sim.corpus().ids("file").get(0);
    try (Connection conn = SimConnections.open(sim.baseUrl(), sim.publicKey(),
        Map.of("cache", "false", "tier", "public"))) {
      sim.requests().reset();
      final SQLException e = assertThrows(SQLException.class, () -> SimConnections.rows(conn,
          "select id, \"date\" from file_submissions where file_id = '" + f0 + "'"));
      assertTrue(message(e).contains("premium-only relationship 'submissions'"), message(e));
      assertTrue(message(e).contains("VT Enterprise"), message(e));
      assertTrue(message(e).contains("ForbiddenError"), message(e));
      assertTrue(!message(e).contains(sim.publicKey()), "the key never shows");
      SimRequests.assertCount(1, () -> sim.requests().total());
      assertEquals(403, sim.requests().records().get(0).status());
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
