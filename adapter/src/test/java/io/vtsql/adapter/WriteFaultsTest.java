package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.faults.FaultKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every fault kind the simulator injects, on every kind of write (a comment POST, a vote POST, a
 * batched item POST, a PATCH, a DELETE, a URL submission): the simulator counts what it received. A
 * write is repeated only after VirusTotal's own "not processed" answers (429, its 503); after
 * anything that may have let it happen (reset, 5xx, broken or foreign body) it is received exactly
 * once and the statement fails with 40003, saying the write may or may not have happened and how to
 * check. (A DELETE answered with an empty 200 counts as done: that is VirusTotal's answer to a
 * DELETE.)
 */
class WriteFaultsTest {
  /** VirusTotal said it did not act: the write is retried (maxAttempts=2). */
  private static final Set<FaultKind> NOT_PROCESSED =
      EnumSet.of(FaultKind.QUOTA_EXCEEDED, FaultKind.TOO_MANY_REQUESTS, FaultKind.TRANSIENT);

  /** The response arrives whole (slowly, or before the connection closes). */
  private static final Set<FaultKind> HARMLESS =
      EnumSet.of(FaultKind.SLOW_BODY, FaultKind.IDLE_CLOSE);

  private static VtSimulator sim;
  private static Connection c;
  private static List<String> files;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().scale(300).build());
    c =
        VtConnections.open(
            sim.baseUrl(),
            sim.premiumKey(),
            "cache",
            "on",
            "maxAttempts",
            "2",
            "retryBaseDelay",
            "5ms",
            "maxBodyBytes",
            "65536",
            "readTimeout",
            "2s");
    files = sim.corpus().ids("file");
  }

  @AfterAll
  static void stop() throws SQLException {
    c.close();
    sim.close();
  }

  /** One write kind: the statement to run, its endpoint label, and its setup (without faults). */
  private interface Kind {
    String endpoint();

    /** Prepares a fresh target and returns the statement's parameters. */
    List<Object> setup(int n) throws Exception;

    String sql();
  }

  private static int update(String sql, List<Object> params) throws SQLException {
    if (sql.startsWith("select")) {
      // a scan function: its one row is the submission
      return VtConnections.rows(c, sql).size();
    }
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        s.setObject(i + 1, params.get(i));
      }
      return s.executeUpdate();
    }
  }

  private static String ownCollection(String name) throws Exception {
    update("insert into collections (name) values (?)", List.of(name));
    return (String)
        VtConnections.rows(
                c,
                "select id from collections where owner = 'demo_analyst' and name = '" + name + "'")
            .get(0)
            .get(0);
  }

  private static List<Kind> kinds() {
    final List<Kind> kinds = new ArrayList<>();
    kinds.add(
        new Kind() {
          public String endpoint() {
            return "POST /files/{id}/{relationship}";
          }

          public List<Object> setup(int n) {
            return List.of(files.get(n), "fault comment " + n);
          }

          public String sql() {
            return "insert into file_comments (file_id, text) values (?, ?)";
          }
        });
    kinds.add(
        new Kind() {
          public String endpoint() {
            return "POST /files/{id}/{relationship}";
          }

          public List<Object> setup(int n) {
            return List.of(files.get(100 + n));
          }

          public String sql() {
            return "insert into file_votes (file_id, verdict) values (?, 'harmless')";
          }
        });
    kinds.add(
        new Kind() {
          public String endpoint() {
            return "POST /collections/{id}/{relationship}";
          }

          public List<Object> setup(int n) throws Exception {
            return List.of(ownCollection("items " + n));
          }

          public String sql() {
            return "insert into collection_domains (collection_id, id)"
                + " values (?, 'a.example'), (?, 'b.example')";
          }
        });
    kinds.add(
        new Kind() {
          public String endpoint() {
            return "PATCH /collections/{id}";
          }

          public List<Object> setup(int n) throws Exception {
            return List.of(ownCollection("patch " + n));
          }

          public String sql() {
            return "update collections set description = 'changed' where id = ?";
          }
        });
    kinds.add(
        new Kind() {
          public String endpoint() {
            return "DELETE /collections/{id}";
          }

          public List<Object> setup(int n) throws Exception {
            return List.of(ownCollection("delete " + n));
          }

          public String sql() {
            return "delete from collections where id = ?";
          }
        });
    kinds.add(
        new Kind() {
          public String endpoint() {
            return "POST /urls";
          }

          public List<Object> setup(int n) {
            return List.of();
          }

          public String sql() {
            return "select id from table(vt_scan_url('http://fault.example/'))";
          }
        });
    return kinds;
  }

  @Test
  void eachFaultOnEachWriteKind() throws Exception {
    int n = 0;
    for (Kind kind : kinds()) {
      for (FaultKind fault : FaultKind.values()) {
        n++;
        List<Object> params = kind.setup(n);
        if (kind.sql().contains("(?, 'b.example')")) {
          params = List.of(params.get(0), params.get(0));
        }
        sim.requests().reset();
        Faults.only(sim, fault);
        final String what = fault + " on " + kind.sql();
        try {
          final List<Object> p = params;
          // a DELETE answers with an empty body: an empty 200 cannot be told from it, and cutting
          // the (processed) empty answer leaves it whole
          final boolean emptyDelete =
              kind.sql().startsWith("delete")
                  && EnumSet.of(FaultKind.EMPTY_200, FaultKind.CUT_JSON, FaultKind.TRUNCATED)
                      .contains(fault);
          if (HARMLESS.contains(fault) || emptyDelete) {
            assertTrue(update(kind.sql(), p) >= 1, what);
            SimRequests.assertCount(1, () -> sim.requests().count(kind.endpoint()));
            continue;
          }
          final SQLException e =
              assertThrows(SQLException.class, () -> update(kind.sql(), p), what);
          if (NOT_PROCESSED.contains(fault)) {
            SimRequests.assertCount(2, () -> sim.requests().count(kind.endpoint()));
          } else if (fault == FaultKind.HTML_404) {
            assertEquals("08001", e.getSQLState(), what + ": " + e.getMessage());
            SimRequests.assertCount(1, () -> sim.requests().count(kind.endpoint()));
          } else {
            assertEquals("40003", e.getSQLState(), what + ": " + e.getMessage());
            assertTrue(e.getMessage().contains("may or may not have happened"), e.getMessage());
            assertTrue(e.getMessage().contains("check with SELECT"), e.getMessage());
            SimRequests.assertCount(1, () -> sim.requests().count(kind.endpoint()));
          }
        } finally {
          sim.faults().clear();
        }
      }
    }
  }
}
