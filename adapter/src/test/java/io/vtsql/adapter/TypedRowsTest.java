package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rows and types of {@code urls}, {@code domains} and {@code ip_addresses}: every column's JDBC
 * type, and its value checked against the simulator's corpus object (the expected columns and
 * attribute paths are written out here, independently of the catalogue).
 */
class TypedRowsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Pseudo path of the computed column: distinct detection labels (results of malicious or
   * suspicious verdicts), in engine order.
   */
  private static final String DETECTION_NAMES = "last_analysis_results.*.result";

  private static VtSimulator sim;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().scale(120).build());
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), true, 10);
  }

  @AfterAll
  static void stop() throws SQLException {
    conn.close();
    sim.close();
  }

  /** One expected column: name, JDBC type and attribute path (null: the object id). */
  private record Col(String name, int type, String path) {}

  private static Col c(String name, int type) {
    return new Col(name, type, name);
  }

  private static List<Col> stats() {
    final List<Col> cols = new ArrayList<>();
    for (String s : List.of("malicious", "suspicious", "undetected", "harmless", "timeout")) {
      cols.add(new Col(s, Types.INTEGER, "last_analysis_stats." + s));
    }
    cols.add(new Col("votes_harmless", Types.INTEGER, "total_votes.harmless"));
    cols.add(new Col("votes_malicious", Types.INTEGER, "total_votes.malicious"));
    return cols;
  }

  private static List<Col> table(List<Col> own, Col... afterTags) {
    final List<Col> cols = new ArrayList<>();
    cols.add(new Col("id", Types.VARCHAR, null));
    cols.addAll(own.subList(0, own.size() - 1));
    cols.addAll(stats());
    cols.add(own.get(own.size() - 1));
    cols.addAll(List.of(afterTags));
    cols.add(new Col("attributes", Types.VARCHAR, ""));
    return cols;
  }

  @Test
  void urlRowHasTypedColumns() throws Exception {
    check(
        "url",
        "urls",
        table(
            List.of(
                c("url", Types.VARCHAR),
                c("last_final_url", Types.VARCHAR),
                c("title", Types.VARCHAR),
                c("first_submission_date", Types.TIMESTAMP),
                c("last_submission_date", Types.TIMESTAMP),
                c("last_analysis_date", Types.TIMESTAMP),
                c("last_modification_date", Types.TIMESTAMP),
                c("times_submitted", Types.INTEGER),
                c("reputation", Types.INTEGER),
                c("last_http_response_code", Types.INTEGER),
                c("last_http_response_content_length", Types.BIGINT),
                c("last_http_response_content_sha256", Types.VARCHAR),
                c("threat_names", Types.ARRAY),
                c("tags", Types.ARRAY)),
            new Col("detection_names", Types.ARRAY, DETECTION_NAMES)));
  }

  @Test
  void domainRowHasTypedColumns() throws Exception {
    check(
        "domain",
        "domains",
        table(
            List.of(
                c("registrar", Types.VARCHAR),
                c("tld", Types.VARCHAR),
                c("creation_date", Types.TIMESTAMP),
                c("last_update_date", Types.TIMESTAMP),
                c("last_analysis_date", Types.TIMESTAMP),
                c("last_modification_date", Types.TIMESTAMP),
                c("last_dns_records_date", Types.TIMESTAMP),
                c("whois_date", Types.TIMESTAMP),
                c("jarm", Types.VARCHAR),
                c("reputation", Types.INTEGER),
                c("tags", Types.ARRAY)),
            certificate()));
  }

  @Test
  void ipAddressRowHasTypedColumns() throws Exception {
    check(
        "ip_address",
        "ip_addresses",
        table(
            List.of(
                c("asn", Types.INTEGER),
                c("as_owner", Types.VARCHAR),
                c("country", Types.VARCHAR),
                c("continent", Types.VARCHAR),
                c("network", Types.VARCHAR),
                c("regional_internet_registry", Types.VARCHAR),
                c("jarm", Types.VARCHAR),
                c("last_analysis_date", Types.TIMESTAMP),
                c("last_modification_date", Types.TIMESTAMP),
                c("whois_date", Types.TIMESTAMP),
                c("reputation", Types.INTEGER),
                c("tags", Types.ARRAY)),
            certificate()));
  }

  /** The fields of {@code last_https_certificate} domains and IP addresses have as columns. */
  private static Col[] certificate() {
    final String c = "last_https_certificate.";
    return new Col[] {
      new Col("https_certificate_subject_cn", Types.VARCHAR, c + "subject.CN"),
      new Col("https_certificate_issuer_cn", Types.VARCHAR, c + "issuer.CN"),
      new Col("https_certificate_issuer_o", Types.VARCHAR, c + "issuer.O"),
      new Col("https_certificate_not_before", Types.TIMESTAMP, c + "validity.not_before"),
      new Col("https_certificate_not_after", Types.TIMESTAMP, c + "validity.not_after"),
      new Col("https_certificate_serial_number", Types.VARCHAR, c + "serial_number"),
      new Col("https_certificate_thumbprint", Types.VARCHAR, c + "thumbprint"),
      new Col("https_certificate_thumbprint_sha256", Types.VARCHAR, c + "thumbprint_sha256"),
      new Col(
          "https_certificate_subject_alternative_names",
          Types.ARRAY,
          c + "extensions.subject_alternative_name"),
      c("last_https_certificate_date", Types.TIMESTAMP)
    };
  }

  /** Looks up the corpus object with the most attributes and compares every column. */
  private static void check(String type, String table, List<Col> cols) throws Exception {
    final ObjectNode object =
        sim.corpus().all(type).stream()
            .max(Comparator.comparingInt((ObjectNode o) -> o.path("attributes").size()))
            .orElseThrow();
    final JsonNode attrs = object.path("attributes");
    final Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    try (Statement s = conn.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select * from " + table + " where id = '" + object.get("id").asText() + "'")) {
      final ResultSetMetaData md = rs.getMetaData();
      assertEquals(cols.size(), md.getColumnCount(), table + " columns");
      assertTrue(rs.next());
      int nonNull = 0;
      for (int i = 0; i < cols.size(); i++) {
        final Col col = cols.get(i);
        final String where = table + "." + col.name();
        assertEquals(col.name(), md.getColumnName(i + 1), where);
        assertEquals(col.type(), md.getColumnType(i + 1), where);
        final JsonNode expected =
            col.path() == null
                ? object.get("id")
                : col.path().isEmpty() ? attrs : at(attrs, col.path());
        if (expected.isMissingNode() || expected.isNull()) {
          assertNull(rs.getObject(i + 1), where);
          continue;
        }
        nonNull++;
        switch (col.type()) {
          case Types.VARCHAR:
            if (col.path() != null && col.path().isEmpty()) {
              // Both sides parsed alike: the corpus may hold ints where parsing yields longs.
              assertTrue(
                  JSON.readTree(expected.toString()).equals(JSON.readTree(rs.getString(i + 1))),
                  where);
            } else {
              assertEquals(expected.asText(), rs.getString(i + 1), where);
            }
            break;
          case Types.INTEGER:
            assertEquals(expected.intValue(), rs.getInt(i + 1), where);
            break;
          case Types.BIGINT:
            assertEquals(expected.longValue(), rs.getLong(i + 1), where);
            break;
          case Types.TIMESTAMP:
            final Timestamp ts = rs.getTimestamp(i + 1, utc);
            // certificate validity is UTC text in the API, other dates epoch seconds
            assertEquals(
                expected.isTextual()
                    ? LocalDateTime.parse(
                                expected.asText(),
                                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                            .toEpochSecond(ZoneOffset.UTC)
                        * 1000
                    : expected.longValue() * 1000,
                ts.getTime(),
                where);
            break;
          default:
            final List<String> list = new ArrayList<>();
            expected.forEach(e -> list.add(e.asText()));
            assertEquals(list, Arrays.asList((Object[]) rs.getArray(i + 1).getArray()), where);
        }
      }
      assertTrue(nonNull > cols.size() / 2, table + ": too few attributes to check: " + nonNull);
      assertFalse(rs.next());
    }
  }

  private static JsonNode at(JsonNode attrs, String path) {
    if (path.equals(DETECTION_NAMES)) {
      final Set<String> names = new LinkedHashSet<>();
      attrs
          .path("last_analysis_results")
          .forEach(
              e -> {
                final String category = e.path("category").asText();
                if (e.path("result").isTextual()
                    && (category.equals("malicious") || category.equals("suspicious"))) {
                  names.add(e.path("result").asText());
                }
              });
      final ArrayNode array = JSON.createArrayNode();
      names.forEach(array::add);
      return array;
    }
    JsonNode n = attrs;
    for (String step : path.split("\\.")) {
      n = n.path(step);
    }
    return n;
  }
}
