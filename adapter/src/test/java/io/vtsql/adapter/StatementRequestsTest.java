package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The last line of an EXPLAIN plan: the statement's request estimate, summed over its scans or
 * naming the scan whose cost depends on data. No server: nothing is executed.
 */
class StatementRequestsTest {
  private static final String NOWHERE = "http://127.0.0.1:9/api/v3";
  private static Connection conn;

  @BeforeAll
  static void open() throws SQLException {
    conn = VtConnections.open(NOWHERE, "k", true, 100);
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
  }

  private static String lastLine(String sql) throws SQLException {
    final List<String> lines = VtConnections.explain(conn, sql).lines().toList();
    return lines.get(lines.size() - 1);
  }

  @Test
  void aLookupOfThreeIdsCostsThree() throws SQLException {
    assertEquals(
        "-- VirusTotal requests: at most 3 (fewer when responses are cached)",
        lastLine(
            "select id from files where id in ('"
                + "a".repeat(64)
                + "', '"
                + "b".repeat(64)
                + "', '"
                + "c".repeat(64)
                + "', '"
                + "A".repeat(64)
                + "')"));
  }

  @Test
  void aLimitedSearchCostsItsPages() throws SQLException {
    assertEquals(
        "-- VirusTotal requests: at most 2 (fewer when responses are cached)",
        lastLine("select id from files where malicious < 3 limit 400"));
  }

  @Test
  void aPivotNamesTheScanWhoseCostDependsOnData() throws SQLException {
    assertEquals(
        "-- VirusTotal requests: 1 to 100 (maxRequests); depends on data: 1 per page of 300 results read for files"
            + " + 1 per parent + 1 per further"
            + " page of 40 targets for file_contacted_domains"
            + " (fewer when responses are cached)",
        lastLine(
            "select f.id, d.id from files f join file_contacted_domains d"
                + " on d.file_id = f.id where f.malicious >= 40 limit 5"));
  }

  @Test
  void anUnlimitedSearchSaysItReadsEveryPage() throws SQLException {
    assertEquals(
        "-- VirusTotal requests: 1 to 100 (maxRequests); depends on data: 1 per page of 300 results read for files"
            + " (fewer when responses are cached)",
        lastLine("select id from files where malicious > 3"));
  }

  @Test
  void aLimitAboveAFilterDependsOnHowManyRowsPass() throws SQLException {
    assertEquals(
        "-- VirusTotal requests: 1 to 100 (maxRequests); depends on data: 1 per page of 300 results until"
            + " 40 row(s) pass the local filter for files (fewer when responses are cached)",
        lastLine("select id from files where malicious > 3 limit 40"));
  }

  @Test
  void knownAndDataDependentScansAreListedApart() throws SQLException {
    assertEquals(
        "-- VirusTotal requests: 2 to 100 (maxRequests); depends on data: at most 1 for files + at least 1:"
            + " 1 per parent + 1 per further page of 40 targets for file_contacted_domains"
            + " (fewer when responses are cached)",
        lastLine(
            "select f.id, d.id from files f join file_contacted_domains d"
                + " on d.file_id = f.id where f.id = '"
                + "a".repeat(64)
                + "'"));
  }

  @Test
  void aPlanWithoutVirusTotalTablesHasNoLine() throws SQLException {
    assertEquals("EnumerableValues(tuples=[[{ 1 }]])", lastLine("select 1"));
  }
}
