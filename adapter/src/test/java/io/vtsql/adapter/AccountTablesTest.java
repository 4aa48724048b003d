package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.adapter.catalog.Privilege;
import io.vtsql.adapter.exec.Grants;
import io.vtsql.adapter.exec.LearnedGrants;
import io.vtsql.client.VtClient;
import io.vtsql.simulator.RequestRecord;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Users, groups, service accounts and the connection's own quotas against the simulator's demo
 * accounts (demo_analyst, the admin of demo_group; demo_basic, a member; demo_public): lookups with
 * request counts, the public view of another user, 403 for another user's quotas, the key never
 * shown, {@code my_quotas} through {@code vtUser}, and {@code tier=auto} learning the key's
 * licences with one request per connection.
 */
class AccountTablesTest {
  private static VtSimulator sim;
  private static Connection analyst;
  private static Connection basic;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    analyst =
        VtConnections.open(
            sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false", "vtUser", "demo_analyst"));
    basic = VtConnections.open(sim.baseUrl(), sim.basicKey(), Map.of("cache", "false"));
  }

  @AfterAll
  static void stop() throws SQLException {
    basic.close();
    analyst.close();
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.requests().reset();
  }

  @Test
  void ownUserIsReadWithoutItsKey() throws Exception {
    final List<List<Object>> rows =
        VtConnections.rows(
            analyst,
            "select id, first_name, email, has_2fa, attributes from users where id = 'demo_analyst'");
    assertEquals(1, rows.size());
    assertEquals("Demo", rows.get(0).get(1));
    assertEquals("demo_analyst@demo.vtsql.example", rows.get(0).get(2));
    assertEquals(false, rows.get(0).get(3));
    final String attributes = (String) rows.get(0).get(4);
    assertTrue(attributes.contains("privileges"), attributes);
    assertFalse(attributes.contains(sim.premiumKey()), "the key never reaches a row");
    assertFalse(attributes.contains("apikey"), attributes);
    SimRequests.assertCount(1, () -> sim.requests().count("GET /users/{id}"));
  }

  @Test
  void anotherUserHasThePublicView() throws Exception {
    final List<List<Object>> rows =
        VtConnections.rows(
            basic, "select id, last_name, email, status from users where id = 'demo_analyst'");
    assertEquals(1, rows.size());
    assertEquals("Analyst", rows.get(0).get(1));
    assertNull(rows.get(0).get(2));
    assertEquals("active", rows.get(0).get(3));
    assertEquals(
        List.of(),
        VtConnections.rows(
            basic, "select name from user_privileges where user_id = 'demo_analyst'"));
    SimRequests.assertCount(2, () -> sim.requests().total());
  }

  @Test
  void unknownUserHasNoRowAndTheKeyAsIdIsNeverSent() throws Exception {
    assertEquals(
        List.of(), VtConnections.rows(analyst, "select id from users where id = 'nobody'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
    sim.requests().reset();
    final SQLException e =
        assertThrows(
            SQLException.class,
            () ->
                VtConnections.rows(
                    analyst, "select id from users where id = '" + sim.premiumKey() + "'"));
    // The statement text holds the key as the user wrote it; vtsql's own message masks it.
    final String refusal =
        e.getMessage().substring(e.getMessage().indexOf("refusing to send the API key in a URL"));
    assertEquals("refusing to send the API key in a URL: /users/<apikey>", refusal);
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  @Test
  void anotherUsersQuotasAreForbidden() throws Exception {
    final SQLException e =
        assertThrows(
            SQLException.class,
            () ->
                VtConnections.rows(
                    basic, "select quota from user_overall_quotas where user_id = 'demo_analyst'"));
    assertTrue(e.getMessage().contains("ForbiddenError"), e.getMessage());
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @Test
  void myQuotasShowTheRemainingDailyQuotaAndMoveWithRequests() throws Exception {
    final String sql =
        "select user_allowed - user_used, user_used, group_inherited_from from my_quotas"
            + " where quota = 'api_requests_daily'";
    final List<List<Object>> first = VtConnections.rows(analyst, sql);
    SimRequests.assertCount(1, () -> sim.requests().count("GET /users/{id}/{relationship}"));
    final List<List<Object>> second = VtConnections.rows(analyst, sql);
    assertEquals(1, first.size());
    assertEquals("demo_group", first.get(0).get(2));
    assertEquals((Long) first.get(0).get(1) + 1, second.get(0).get(1), "used counts requests");
    assertEquals((Long) first.get(0).get(0) - 1, second.get(0).get(0));
  }

  @Test
  void quotasAndUsageAreNeverServedFromTheCache() throws Exception {
    try (Connection cached =
        VtConnections.open(
            sim.baseUrl(), sim.premiumKey(), Map.of("cache", "true", "vtUser", "demo_analyst"))) {
      for (int i = 0; i < 2; i++) {
        VtConnections.rows(cached, "select quota from my_quotas");
        VtConnections.rows(cached, "select id from users where id = 'demo_basic'");
      }
      SimRequests.assertCount(2, () -> sim.requests().count("GET /users/{id}/{relationship}"));
      SimRequests.assertCount(1, () -> sim.requests().count("GET /users/{id}"));
    }
  }

  @Test
  void myTablesNeedVtUserBeforeAnyRequest() throws Exception {
    final SQLException e =
        assertThrows(
            SQLException.class, () -> VtConnections.rows(basic, "select * from my_quotas"));
    assertTrue(e.getMessage().contains("connection property vtUser"), e.getMessage());
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  @Test
  void groupMembersAdministratorsAndServiceAccounts() throws Exception {
    assertEquals(
        List.of(List.of("demo_analyst"), List.of("demo_basic")),
        VtConnections.rows(
            basic, "select id from group_users where group_id = 'demo_group' order by id"));
    assertEquals(
        List.of(List.of("demo_analyst")),
        VtConnections.rows(
            basic, "select id from group_administrators where group_id = 'demo_group'"));
    assertEquals(
        List.of(List.of("demo_service", "demo_analyst")),
        VtConnections.rows(
            analyst,
            "select id, first_name from group_service_accounts where group_id = 'demo_group'"));
    assertEquals(
        List.of(List.of("active")),
        VtConnections.rows(
            analyst, "select status from service_accounts where id = 'demo_service'"));
    final SQLException e =
        assertThrows(
            SQLException.class,
            () ->
                VtConnections.rows(
                    basic, "select id from group_service_accounts where group_id = 'demo_group'"));
    assertTrue(e.getMessage().contains("ForbiddenError"), e.getMessage());
  }

  @Test
  void learnedGrantsRefuseOnlyWhatTheUserListsAsNotGranted() throws Exception {
    try (VtClient client =
        VtClient.builder().baseUrl(sim.baseUrl()).apiKey(sim.basicKey()).cache(false).build()) {
      final LearnedGrants learned = new LearnedGrants(client, "demo_basic");
      final Grants grants = learned.get();
      learned.get();
      assertTrue(grants.has(Privilege.PREMIUM));
      assertTrue(grants.has(Privilege.LIVEHUNT), "no privilege name settles Livehunt");
      assertFalse(grants.has(Privilege.MONITOR));
      assertTrue(grants.missing(Privilege.MONITOR, "vt.x").contains("tier=auto"));
      SimRequests.assertCount(1, () -> sim.requests().total());
    }
    try (VtClient client =
        VtClient.builder().baseUrl(sim.baseUrl()).apiKey(sim.premiumKey()).cache(false).build()) {
      final Grants grants = new LearnedGrants(client, "demo_analyst").get();
      assertTrue(grants.has(Privilege.LIVEHUNT));
      assertTrue(grants.has(Privilege.PRIVATE_SCANNING));
    }
  }

  @Test
  void tierAutoReadsTheUserOncePerConnection() throws Exception {
    try (Connection auto =
        VtConnections.open(
            sim.baseUrl(),
            sim.basicKey(),
            Map.of("cache", "false", "tier", "auto", "vtUser", "demo_basic"))) {
      SimRequests.assertCount(0, () -> sim.requests().total());
      VtConnections.rows(auto, "select quota from my_quotas");
      VtConnections.rows(auto, "select quota from my_quotas");
      VtConnections.rows(
          auto, "select quota from user_overall_quotas where user_id = 'demo_basic'");
      // The only GET /users/{id} is the one that learned the privileges.
      SimRequests.assertCount(1, () -> sim.requests().count("GET /users/{id}"));
      SimRequests.assertCount(3, () -> sim.requests().count("GET /users/{id}/{relationship}"));
    }
  }

  @Test
  void tierAutoKeepsTheUserForMyPrivileges() throws Exception {
    try (Connection auto =
        VtConnections.open(
            sim.baseUrl(),
            sim.basicKey(),
            Map.of("cache", "true", "tier", "auto", "vtUser", "demo_basic"))) {
      VtConnections.clearCache(auto);
      sim.requests().reset();
      assertEquals(
          List.of(List.of("intelligence", false), List.of("vtalerts", false)),
          VtConnections.rows(
              auto,
              "select name, granted from my_privileges"
                  + " where name in ('vtalerts', 'intelligence') order by name"));
      SimRequests.assertCount(1, () -> sim.requests().total());
    }
  }

  @Test
  void tierAutoWithoutVtUserIsAConfigurationError() throws Exception {
    final String e =
        causes(
            assertThrows(
                RuntimeException.class,
                () -> VtConnections.open(sim.baseUrl(), sim.basicKey(), Map.of("tier", "auto"))));
    assertTrue(e.contains("tier=auto needs vtUser"), e);
    assertTrue(e.contains("never puts the key in a URL"), e);
    final String both =
        causes(
            assertThrows(
                RuntimeException.class,
                () ->
                    VtConnections.open(
                        sim.baseUrl(),
                        sim.basicKey(),
                        Map.of("tier", "auto", "vtUser", "demo_basic", "licences", "none"))));
    assertTrue(both.contains("licences does not apply"), both);
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  @Test
  void apiUsagePushesTheDaysAndSplitsLongRanges() throws Exception {
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    VtConnections.rows(analyst, "select id from users where id = 'demo_basic'");
    VtConnections.rows(analyst, "select id from \"groups\" where id = 'demo_group'");
    SimRequests.assertCount(2, () -> sim.requests().total());
    // The simulator counts usage from its request log: the two lookups, and the first of the two
    // api_usage requests (logged before the second is answered).
    final Map<String, Long> expected = new TreeMap<>();
    for (RequestRecord r : sim.requests().records()) {
      expected.merge(r.path().split("/")[1], 1L, Long::sum);
    }
    expected.merge("users", 1L, Long::sum);
    final String sql =
        "select \"date\", endpoint, requests from user_api_usage_daily"
            + " where user_id = 'demo_analyst' and \"date\" between '"
            + today.minusDays(40)
            + "' and '"
            + today
            + "' order by endpoint";
    final String plan = VtConnections.explain(analyst, sql);
    assertTrue(
        plan.contains("days: " + today.minusDays(40) + ".." + today + " (2 request(s))"), plan);
    assertTrue(plan.contains("requestsAtMost=[2]"), plan);
    final List<List<Object>> rows = VtConnections.rows(analyst, sql);
    final Map<String, Long> served = new TreeMap<>();
    rows.forEach(r -> served.put((String) r.get(1), (Long) r.get(2)));
    assertEquals(expected, served);
    rows.forEach(r -> assertEquals(today.toString(), r.get(0)));
    // 41 days: 30 in the first request, 11 in the second.
    SimRequests.assertCount(4, () -> sim.requests().total());
    final List<String> queries =
        sim.requests().records().stream().skip(2).map(RequestRecord::query).toList();
    final DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
    assertEquals(
        List.of(
            "start_date="
                + day.format(today.minusDays(40))
                + "&end_date="
                + day.format(today.minusDays(11)),
            "start_date=" + day.format(today.minusDays(10)) + "&end_date=" + day.format(today)),
        queries.stream().map(AccountTablesTest::sortedParams).toList());
  }

  @Test
  void apiUsageBoundsAreExact() throws Exception {
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    VtConnections.rows(analyst, "select id from users where id = 'demo_basic'");
    final String base = "select endpoint, requests from my_api_usage where ";
    final List<List<Object>> inclusive =
        VtConnections.rows(
            analyst, base + "\"date\" >= '" + today + "' and \"date\" <= '" + today + "'");
    final List<List<Object>> exclusive =
        VtConnections.rows(
            analyst,
            base
                + "\"date\" > '"
                + today.minusDays(1)
                + "' and \"date\" < '"
                + today.plusDays(1)
                + "'");
    final List<List<Object>> equal =
        VtConnections.rows(analyst, base + "\"date\" = DATE '" + today + "'");
    assertFalse(inclusive.isEmpty());
    assertEquals(inclusive.size(), exclusive.size());
    assertEquals(inclusive.size(), equal.size());
    sim.requests().reset();
    assertEquals(
        List.of(),
        VtConnections.rows(
            analyst,
            base + "\"date\" > '" + today + "' and \"date\" < '" + today.plusDays(1) + "'"));
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  /**
   * The days pushed as start_date/end_date give the rows the SQL predicate gives over a wide range
   * (endpoints other than users, whose count each api_usage request itself raises).
   */
  @Test
  void apiUsageDifferential() throws Exception {
    final LocalDate t = LocalDate.now(ZoneOffset.UTC);
    VtConnections.rows(
        analyst, "select id from files where id = '" + sim.corpus().ids("file").get(0) + "'");
    VtConnections.rows(
        analyst, "select id from domains where id = '" + sim.corpus().ids("domain").get(0) + "'");
    final String base =
        "select \"date\", endpoint, requests from user_api_usage_daily"
            + " where user_id = 'demo_analyst' and endpoint <> 'users' and ";
    final List<List<Object>> wide =
        VtConnections.rows(
            analyst,
            base + "\"date\" between '" + t.minusDays(29) + "' and '" + t + "' order by endpoint");
    assertEquals(2, wide.size(), wide.toString());
    final Map<String, Predicate<LocalDate>> predicates = new LinkedHashMap<>();
    predicates.put("\"date\" = '" + t + "'", d -> d.equals(t));
    predicates.put("\"date\" = DATE '" + t + "'", d -> d.equals(t));
    predicates.put(
        "\"date\" >= '" + t.minusDays(3) + "' and \"date\" < '" + t.plusDays(1) + "'",
        d -> !d.isBefore(t.minusDays(3)) && d.isBefore(t.plusDays(1)));
    predicates.put(
        "\"date\" > '" + t + "' and \"date\" <= '" + t.plusDays(5) + "'",
        d -> d.isAfter(t) && !d.isAfter(t.plusDays(5)));
    predicates.put(
        "\"date\" between '" + t.minusDays(40) + "' and '" + t.minusDays(31) + "'",
        d -> !d.isBefore(t.minusDays(40)) && !d.isAfter(t.minusDays(31)));
    predicates.put("\"date\" > '" + t.minusDays(1) + "' and \"date\" < '" + t + "'", d -> false);
    for (Map.Entry<String, Predicate<LocalDate>> p : predicates.entrySet()) {
      final List<List<Object>> expected =
          wide.stream().filter(r -> p.getValue().test(LocalDate.parse((String) r.get(0)))).toList();
      assertEquals(
          expected,
          VtConnections.rows(analyst, base + p.getKey() + " order by endpoint"),
          p.getKey());
    }
  }

  @Test
  void apiUsageWithoutDaysFailsBeforeAnyRequest() throws Exception {
    final SQLException e =
        assertThrows(
            SQLException.class,
            () ->
                VtConnections.rows(
                    analyst,
                    "select * from group_api_usage_daily where group_id = 'demo_group'"
                        + " and \"date\" >= '2026-01-01'"));
    assertTrue(e.getMessage().contains("gives no first and last date"), e.getMessage());
    assertTrue(e.getMessage().contains("at most 30 days per request"), e.getMessage());
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  /** The query's parameters in name order (start_date before end_date in the expectation). */
  private static String sortedParams(String query) {
    final List<String> parts = new java.util.ArrayList<>(List.of(query.split("&")));
    parts.sort(java.util.Comparator.reverseOrder());
    return String.join("&", parts);
  }

  private static String causes(Throwable t) {
    final StringBuilder b = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      b.append(c.getMessage()).append('\n');
    }
    return b.toString();
  }
}
