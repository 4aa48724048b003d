package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The account tables read the real user and group objects of the shared captures (served by the
 * simulator's {@code --corpus}): pw_user_get_pii_replaced.yml (a user's own view, its key
 * included), pw_group_get_pii_replaced.yml and vx_graph_owner_user_1to1.yml (another user's public
 * view). Expected values are copied from the capture files.
 */
class CapturedAccountsTest {
  private static VtSimulator sim;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    final Path captures =
        Path.of(System.getProperty("vtsql.captures", "../../shared/vt-api/captures"));
    assumeTrue(Files.isDirectory(captures), "captures folder absent: " + captures);
    sim = VtSimulator.start(SimulatorConfig.builder().corpusDir(captures).build());
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    if (sim != null) {
      conn.close();
      sim.close();
    }
  }

  @Test
  void ownViewOfAUserWithoutItsKey() throws Exception {
    assertEquals(
        List.of(
            List.of(
                "granville",
                "Valdo",
                "Donati",
                "active",
                "granville@okeefehomenick.co",
                false,
                Timestamp.from(Instant.ofEpochSecond(1512986169)))),
        VtConnections.rows(
            conn,
            "select id, first_name, last_name, status, email, has_2fa, user_since from users"
                + " where id = 'granville'"));
    final String attributes =
        (String)
            VtConnections.rows(conn, "select attributes from users where id = 'granville'")
                .get(0)
                .get(0);
    assertFalse(attributes.contains("testapikey"), "the recorded key is dropped");
    assertEquals(
        List.of(List.of(27L, 0L)),
        VtConnections.rows(
            conn,
            "select count(*), count(*) filter (where granted) from user_privileges"
                + " where user_id = 'granville'"));
    assertEquals(
        List.of(List.of(5760L, 102L)),
        VtConnections.rows(
            conn,
            "select allowed, used from user_quotas where user_id = 'granville'"
                + " and name = 'api_requests_daily'"));
  }

  @Test
  void publicViewOfAnotherUser() throws Exception {
    assertEquals(
        List.of(Arrays.asList("sreenivasaraop", "pamulapati", "None", null, null)),
        VtConnections.rows(
            conn,
            "select id, last_name, profile_phrase, email, last_login from users"
                + " where id = 'sreenivasaraop'"));
  }

  @Test
  void groupPrivilegesWithExpirationAndQuotas() throws Exception {
    assertEquals(
        List.of(List.of("GROUP inc", "US", "Communications")),
        VtConnections.rows(
            conn,
            "select organization, country_iso, industry from \"groups\" where id = 'GROUP_us'"));
    final Timestamp expires = Timestamp.from(Instant.ofEpochSecond(1625011200));
    assertEquals(
        List.of(
            List.of("downloads-tier-2", expires),
            List.of("intelligence", expires),
            List.of("private", expires)),
        VtConnections.rows(
            conn,
            "select name, expiration_date from group_privileges where group_id = 'GROUP_us'"
                + " and granted and name <> 'click_to_accept' order by name"));
    assertEquals(
        List.of(List.of(25L, 3L)),
        VtConnections.rows(
            conn,
            "select allowed, used from group_quotas where group_id = 'GROUP_us'"
                + " and name = 'intelligence_hunting_rules'"));
  }
}
