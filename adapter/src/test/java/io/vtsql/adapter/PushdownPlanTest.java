package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.runtime.Hook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pushdown translation checked through EXPLAIN and {@code Hook.QUERY_PLAN}, with no server: the
 * base URL points at a closed port, so any request attempt would fail differently.
 */
class PushdownPlanTest {
  private static final String NOWHERE = "http://127.0.0.1:9/api/v3";
  private static final Pattern REQUEST = Pattern.compile("request=\\[(.*?)]\\)");
  private static Connection conn;
  private static Connection local;

  @BeforeAll
  static void open() throws SQLException {
    conn = VtConnections.open(NOWHERE, "k", true, 100);
    local = VtConnections.open(NOWHERE, "k", false, 100);
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
    local.close();
  }

  private static String explain(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("explain plan for " + sql)) {
      assertTrue(rs.next());
      return rs.getString(1);
    }
  }

  /** The request of the plan's only scan. */
  private static String request(String sql) throws SQLException {
    final Matcher m = REQUEST.matcher(explain(conn, sql));
    assertTrue(m.find(), sql);
    return m.group(1);
  }

  private static String query(String sql) throws SQLException {
    final Matcher m = Pattern.compile("query=(.*?)(&|$)").matcher(request(sql));
    assertTrue(m.find(), sql);
    return m.group(1);
  }

  @Test
  void boundsAreSupersetsUnderEveryReadingOfPlus() throws SQLException {
    // "N-" is documented strict; "N+" may mean "more than N" or "N or more": push the bound that
    // holds under both and keep the predicate locally.
    assertEquals("entity:file p:5+", query("select id from files where malicious > 5"));
    assertEquals("entity:file p:4+", query("select id from files where malicious >= 5"));
    assertEquals("entity:file p:5-", query("select id from files where malicious < 5"));
    assertEquals("entity:file p:6-", query("select id from files where 5 >= malicious"));
    assertEquals("entity:file p:5+", query("select id from files where malicious > 5.5"));
    assertEquals("entity:file p:6-", query("select id from files where malicious <= 5.5"));
    assertEquals("entity:file p:5", query("select id from files where malicious = 5"));
    assertEquals(
        "entity:file p:2+ p:8-", query("select id from files where malicious between 3 and 7"));
    assertEquals(
        "entity:file size:1024+ submissions:11-",
        query("select id from files where size > 1024 and times_submitted <= 10"));
    // ">= 0" has no superset term ("0+" may exclude 0): nothing is pushed, and the LIMIT above
    // the local filter still bounds the search.
    assertEquals(
        "GET /intelligence/search?query=entity:file&limit=300"
            + " (pages until the LIMIT above the filter has 3 row(s))",
        request("select id from files where malicious >= 0 limit 3"));
  }

  @Test
  void onlyDocumentedStrictBoundsLeaveNoFilter() throws SQLException {
    final String plan = explain(conn, "select id from files where malicious < 3 limit 10");
    assertFalse(plan.contains("EnumerableCalc"), plan);
    assertTrue(plan.contains("limit=10&descriptors_only=true (at most 1 page(s))"), plan);
    for (String kept :
        List.of(
            "malicious > 5",
            "malicious >= 5",
            "malicious = 5",
            "unique_sources < 3",
            "times_submitted <= 10")) {
      final String p = explain(conn, "select id from files where " + kept + " limit 10");
      assertTrue(p.contains("EnumerableCalc"), kept + ": " + p);
    }
  }

  @Test
  void timestampsBecomeSecondsInUtc() throws SQLException {
    assertEquals(
        "entity:file fs:2024-01-01T00:00:00+",
        query(
            "select id from files"
                + " where first_submission_date > timestamp '2024-01-01 00:00:00'"));
    assertEquals(
        "entity:file ls:2024-01-01T00:00:00+",
        query(
            "select id from files"
                + " where last_submission_date >= timestamp '2024-01-01 00:00:00.250'"));
    assertEquals(
        "entity:url la:2024-01-01T00:00:00-",
        query(
            "select id from urls" + " where last_analysis_date < timestamp '2024-01-01 00:00:00'"));
    // A bare date-time is equality to the second (captured); "X+ X-" would match nothing if
    // both bounds are strict.
    assertEquals(
        "entity:domain creation_date:2020-05-06T07:08:09",
        query("select id from domains" + " where creation_date = timestamp '2020-05-06 07:08:09'"));
  }

  @Test
  void supersetsKeepTheExactPredicateLocally() throws SQLException {
    final String plan =
        explain(conn, "select id from files where type_tag in ('peexe', 'pedll') limit 5");
    assertTrue(plan.contains("query=entity:file (type:\"pedll\" OR type:\"peexe\")"), plan);
    assertTrue(plan.contains("EnumerableLimit(fetch=[5])"), plan);
    assertTrue(plan.contains("SEARCH($"), plan);
    assertTrue(plan.contains("(pages until the LIMIT above the filter has 5 row(s))"), plan);
  }

  @Test
  void negationOfAnInexactTermIsNotPushed() throws SQLException {
    // Bare equality is not documented as exact, so its negation would not be a superset.
    assertFalse(explain(conn, "select id from files where malicious <> 3 limit 1").contains("NOT"));
  }

  @Test
  void standardArrayMembershipAndNullTestsArePushed() throws SQLException {
    assertEquals(
        "entity:file tag:\"x\"",
        query("select id from files where cast('x' as varchar) = some(tags)"));
    assertEquals(
        "entity:file NOT la:1970-01-01T00:00:00+",
        query("select id from files where last_analysis_date is null"));
    // "0+" may mean "more than 0": IS NOT NULL has no superset term.
    assertTrue(
        request("select id from urls where last_http_response_code is not null limit 2")
            .contains("query=entity:url&limit=300 (pages until the LIMIT above the filter has 2"));
  }

  @Test
  void textModifiersMatchWordsSoLikeStaysLocal() throws SQLException {
    for (String sql :
        List.of(
            "select id from files where meaningful_name like '%car%'",
            "select id from urls where title like 'login%'",
            "select id from domains where registrar like '%GoDaddy'",
            "select id from ip_addresses where as_owner like '%Google%'")) {
      final String plan = explain(conn, sql + " limit 4");
      assertTrue(plan.matches("(?s).*query=entity:[a-z]+&limit=300.*"), sql + ": " + plan);
      assertTrue(plan.contains("LIKE("), plan);
    }
    // The whole value as a quoted phrase is a superset of equality; the predicate stays.
    final String plan = explain(conn, "select id from files where meaningful_name = 'car.exe'");
    assertTrue(plan.contains("query=entity:file name:\"car.exe\""), plan);
    assertTrue(plan.contains("=($"), plan);
  }

  @Test
  void fuzzyHashesAreNeverPushedAsEquality() throws SQLException {
    for (String column : List.of("ssdeep", "tlsh")) {
      final String plan = explain(conn, "select id from files where " + column + " = 'x' limit 2");
      assertFalse(plan.contains(column + ":"), plan);
      assertTrue(plan.contains("query=entity:file&limit=300"), plan);
    }
  }

  @Test
  void ipOwnerIsTheDocumentedAsoModifier() throws SQLException {
    assertEquals(
        "entity:ip aso:\"GOOGLE\"", query("select id from ip_addresses where as_owner = 'GOOGLE'"));
  }

  @Test
  void valuesCannotInjectModifiers() throws SQLException {
    assertEquals(
        "entity:file name:\"x\\\" OR p:0+\"",
        query("select id from files where meaningful_name = 'x\" OR p:0+'"));
    assertEquals(
        "entity:file tag:\"a\\\\\\\" entity:url\"",
        query("select id from files where array_contains(tags, 'a\\\" entity:url')"));
    assertEquals(
        "entity:url title:\"x) OR (p:0+\"",
        query("select id from urls where title = 'x) OR (p:0+'"));
    assertEquals(
        "entity:domain registrar:\"NOT\"", query("select id from domains where registrar = 'NOT'"));
  }

  @Test
  void pointLookupsUseOneGetPerKey() throws SQLException {
    assertEquals(
        "GET /files/{'a':VARCHAR}, GET /files/{'b':VARCHAR}",
        request("select id from files where id in ('a', 'b') and malicious > 3"));
    assertEquals(
        "GET /files/{'m':VARCHAR}, GET /files/{'s':VARCHAR}",
        request("select id from files where md5 = 'm' or sha1 = 's'"));
    assertEquals(
        "GET /urls/{url('http://example.com/':VARCHAR)}",
        request("select id from urls where url = 'http://example.com/'"));
    assertEquals(
        "GET /ip_addresses/{'8.8.8.8':VARCHAR}",
        request("select * from ip_addresses where id = '8.8.8.8'"));
    assertEquals("GET /domains/{?0}", request("select * from domains where id = ?"));
  }

  @Test
  void allowedOrderAndLimitArePushed() throws SQLException {
    assertEquals(
        "GET /intelligence/search?query=entity:file p:20-&order=positives-&limit=10"
            + " (at most 1 page(s))",
        request(
            "select id, malicious from files"
                + " where malicious < 20 order by malicious desc limit 10"));
    // VirusTotal does not order ties by id: the second key is applied locally per tie group,
    // reading one row past the LIMIT to see the boundary group end.
    assertEquals(
        "GET /intelligence/search?query=entity:file p:20-&order=positives-&limit=11"
            + " (pages until the rows tied with row 10 are read; ties ordered locally by id)",
        request(
            "select id, malicious from files"
                + " where malicious < 20 order by malicious desc, id limit 10"));
    final String plan =
        explain(
            conn,
            "select id from files where malicious < 20"
                + " order by malicious desc, size desc, id limit 10");
    assertTrue(plan.contains("ties ordered locally by size DESC, id"), plan);
    assertFalse(plan.contains("descriptors_only"), plan);
    assertFalse(plan.contains("Sort"), plan);
    assertEquals(
        "GET /intelligence/search?query=entity:domain&order=creation_date+&limit=300"
            + " (at most 2 page(s), skip 100)",
        request("select id from domains order by creation_date limit 500 offset 100"));
  }

  @Test
  void parametersArePushedAsPlaceholders() throws SQLException {
    final String plan = explain(conn, "select id from files where malicious > ? limit 10");
    assertTrue(plan.contains("query=entity:file p:>?0&"), plan);
    // The bound value may have no exact spelling, so the predicate is re-checked locally.
    assertTrue(plan.contains("expr#2=[?0], expr#3=[>($t1, $t2)]"), plan);
    assertTrue(plan.contains("pages until the LIMIT above the filter has 10 row(s)"), plan);
    assertEquals(
        "entity:file (type:?0 OR type:?1) fs:>=?2 fs:<=?3 tag:?4",
        query(
            "select id from files where type_tag in (?, ?)"
                + " and first_submission_date between ? and ? and array_contains(tags, cast(? as varchar))"));
  }

  @Test
  void orderIsPushedBeneathARemainderFilter() throws SQLException {
    final String plan =
        explain(
            conn,
            "select id, malicious from files"
                + " where type_tag = 'peexe' order by malicious desc nulls last limit 5 offset 2");
    assertTrue(
        plan.contains(
            "query=entity:file type:\"peexe\"&order=positives-&limit=300"
                + " (pages until the LIMIT above the filter has 7 row(s))"),
        plan);
    assertFalse(plan.contains("Sort"), plan);
    assertTrue(plan.contains("EnumerableLimit(offset=[2], fetch=[5])"), plan);
  }

  @Test
  void ordersVirusTotalCannotReproduceStayLocal() throws SQLException {
    final String nullsFirst =
        explain(
            conn,
            "select id from files where malicious > 1"
                + " order by malicious desc nulls first limit 10");
    assertTrue(
        nullsFirst.contains("EnumerableSort") || nullsFirst.contains("EnumerableLimitSort"),
        nullsFirst);
    final String reputation =
        explain(conn, "select id from files where malicious > 1 order by reputation limit 10");
    assertFalse(reputation.contains("order="), reputation);
  }

  @Test
  void filterIsNeverPushedBelowALimit() throws SQLException {
    final String plan =
        explain(
            conn, "select * from (select id, malicious from files limit 10) where malicious > 5");
    assertTrue(plan.contains("query=entity:file&limit=10"), plan);
    assertFalse(plan.contains("p:5+"), plan);
  }

  @Test
  void onlyIdsProjectedUsesDescriptors() throws SQLException {
    assertTrue(
        request("select id from files where malicious < 10").contains("descriptors_only=true"));
    assertFalse(request("select id, size from files where malicious < 10").contains("descriptors"));
  }

  @Test
  void rawSearchIsTypedByItsEntity() throws SQLException {
    assertEquals(
        "entity:url (title:login) p:2+",
        query(
            "select id, url from table(vt_search('entity:url title:login')) where malicious > 2"));
    assertEquals(
        "entity:file (behaviour_network:evil.com)",
        query("select id from table(vt_search('behaviour_network:evil.com'))"));
  }

  @Test
  void pushdownOffSearchesTheWholeEntity() throws SQLException {
    final String plan =
        explain(local, "select id from files where malicious > 5 order by malicious desc limit 3");
    assertTrue(plan.contains("query=entity:file&limit=300 (all pages)"), plan);
  }

  @Test
  void queryPlanHookPublishesEachScan() throws SQLException {
    final List<Object> plans = new ArrayList<>();
    try (Hook.Closeable ignored =
        Hook.QUERY_PLAN.addThread((java.util.function.Consumer<Object>) plans::add)) {
      // (joined on id, the constant would carry over to files.id and make both lookups)
      conn.prepareStatement(
              "select f.id from files f join domains d on f.meaningful_name = d.id"
                  + " where f.malicious > 5 and d.id = 'x.com'")
          .close();
    }
    assertTrue(plans.contains("GET /domains/{'x.com':VARCHAR}"), plans.toString());
    assertTrue(plans.stream().anyMatch(p -> p.toString().contains("p:5+")), plans.toString());
  }

  @Test
  void unboundedSearchFailsBeforeAnyRequest() throws SQLException {
    try (Statement s = conn.createStatement()) {
      final SQLException e =
          assertThrows(
              SQLException.class,
              () -> {
                try (ResultSet rs = s.executeQuery("select id from files where reputation > 3")) {
                  rs.next();
                }
              });
      final String message = fullMessage(e);
      assertTrue(message.contains("no condition VirusTotal can answer"), message);
      assertTrue(message.contains("md5") && message.contains("malicious"), message);
    }
  }

  static String fullMessage(Throwable e) {
    final StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      b.append(t.getMessage()).append('\n');
    }
    return b.toString();
  }
}
