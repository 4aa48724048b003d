package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.RequestRecord;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.corpus.Corpus;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code vt_ip_in(ip, cidr)}: exact IPv4/IPv6 block containment anywhere, pushed as {@code
 * ip:"cidr"} on {@code ip_addresses.id}, and a malformed block is an error naming it before any
 * request.
 */
class IpInTest {
  private static VtSimulator sim;
  private static Corpus corpus;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().scale(200).build());
    corpus = sim.corpus();
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"));
  }

  @AfterAll
  static void stop() throws Exception {
    conn.close();
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.requests().reset();
  }

  /** IPv4 containment by integer arithmetic, independent of the adapter's parser. */
  private static boolean inV4(String ip, String network, int prefix) {
    if (!ip.matches("[0-9]+(\\.[0-9]+){3}")) {
      return false;
    }
    final long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    return (v4(ip) & mask) == (v4(network) & mask);
  }

  private static long v4(String ip) {
    long v = 0;
    for (String part : ip.split("\\.")) {
      v = v << 8 | Long.parseLong(part);
    }
    return v;
  }

  /** The /16 of the first IPv4 address of the corpus, which holds some but not all IPs. */
  private static String block() {
    for (ObjectNode ip : corpus.all("ip_address")) {
      final String id = ip.path("id").asText();
      if (id.indexOf(':') < 0) {
        final String[] p = id.split("\\.");
        return p[0] + "." + p[1] + ".0.0/16";
      }
    }
    throw new AssertionError("no IPv4 address in the corpus");
  }

  private static Set<String> expected(String block) {
    final String network = block.substring(0, block.indexOf('/'));
    final int prefix = Integer.parseInt(block.substring(block.indexOf('/') + 1));
    final Set<String> ids = new TreeSet<>();
    corpus
        .all("ip_address")
        .forEach(
            o -> {
              if (inV4(o.path("id").asText(), network, prefix)) {
                ids.add(o.path("id").asText());
              }
            });
    return ids;
  }

  private static Set<String> ids(PreparedStatement s) throws SQLException {
    final Set<String> ids = new TreeSet<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  private static List<String> searchQueries() {
    final List<String> queries = new ArrayList<>();
    for (RequestRecord r : sim.requests().records()) {
      for (String p : r.query() == null ? new String[0] : r.query().split("&")) {
        if (p.startsWith("query=")) {
          queries.add(URLDecoder.decode(p.substring(6), StandardCharsets.UTF_8));
        }
      }
    }
    return queries;
  }

  /** The messages of an exception and its causes, joined. */
  private static String messages(Throwable t) {
    final StringBuilder b = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      b.append(c.getMessage()).append('\n');
    }
    return b.toString();
  }

  @Test
  void functionIsExactForBothFamilies() throws SQLException {
    final List<List<Object>> rows =
        VtConnections.rows(
            conn,
            "select"
                + " vt_ip_in('192.0.2.127', '192.0.2.0/25'), vt_ip_in('192.0.2.128', '192.0.2.0/25'),"
                + " vt_ip_in('2001:DB8:0::1', '2001:db8::/32'), vt_ip_in('2001:db9::1', '2001:db8::/32'),"
                + " vt_ip_in('192.0.2.1', '::/0'), vt_ip_in('10.1.2.3', '10.1.2.3'),"
                + " vt_ip_in('not-an-ip', '0.0.0.0/0'), vt_ip_in(cast(null as varchar), '1.2.3.0/24')"
                + " from (values 1)");
    assertEquals(List.of(Arrays.asList(true, false, true, false, false, true, false, null)), rows);
    assertEquals(0, sim.requests().total());
  }

  @Test
  void literalBlockOnIdPushesIpAndKeepsTheCall() throws Exception {
    final String block = block();
    final Set<String> expected = expected(block);
    assertFalse(expected.isEmpty());
    assertTrue(expected.size() < corpus.all("ip_address").size(), "the block is selective");
    final String sql = "select id from ip_addresses where vt_ip_in(id, '" + block + "')";
    final String plan = VtConnections.explain(conn, sql);
    assertTrue(plan.contains("query=entity:ip ip:\"" + block + "\""), plan);
    assertTrue(plan.contains("vt_ip_in($"), plan);
    sim.requests().reset();
    try (PreparedStatement s = conn.prepareStatement(sql)) {
      assertEquals(expected, ids(s));
    }
    assertEquals(List.of("entity:ip ip:\"" + block + "\""), searchQueries());
  }

  @Test
  void parameterBlockIsBoundIntoTheSearch() throws Exception {
    final String block = block();
    try (PreparedStatement s =
        conn.prepareStatement(
            "select id from ip_addresses where vt_ip_in(id, ?) and malicious < 1000")) {
      s.setString(1, block);
      assertEquals(expected(block), ids(s));
    }
    assertEquals(List.of("entity:ip ip:\"" + block + "\" p:1000-"), searchQueries());
  }

  /** A domain with more than one resolution. */
  private static String domainWithResolutions() {
    return corpus.ids("domain").stream()
        .filter(d -> corpus.related("domain", d, "resolutions").size() > 1)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void worksOnResolutionAddresses() throws Exception {
    final String domain = domainWithResolutions();
    final List<ObjectNode> resolutions =
        corpus.related("domain", domain, "resolutions").stream()
            .map(r -> corpus.find("resolution", r.path("id").asText()).orElseThrow())
            .toList();
    final String ip = resolutions.get(0).path("attributes").path("ip_address").asText();
    final String[] p = ip.split("\\.");
    final String block = p[0] + "." + p[1] + "." + p[2] + ".0/24";
    final Set<String> expected = new TreeSet<>();
    resolutions.forEach(
        r -> {
          if (inV4(r.path("attributes").path("ip_address").asText(), block.split("/")[0], 24)) {
            expected.add(r.path("id").asText());
          }
        });
    try (PreparedStatement s =
        conn.prepareStatement(
            "select id from domain_resolutions"
                + " where domain_id = ? and vt_ip_in(ip_address, '"
                + block
                + "')")) {
      s.setString(1, domain);
      assertEquals(expected, ids(s));
    }
    assertTrue(expected.contains(resolutions.get(0).path("id").asText()));
  }

  @Test
  void malformedLiteralBlockFailsBeforeAnyRequest() {
    final SQLException e =
        assertThrows(
            SQLException.class,
            () -> {
              try (PreparedStatement s =
                  conn.prepareStatement(
                      "select id from ip_addresses where vt_ip_in(id, '10.0.0.0/33')")) {
                ids(s);
              }
            });
    assertTrue(
        messages(e).contains("'10.0.0.0/33' is not an IPv4 or IPv6 address or CIDR"), messages(e));
    assertEquals("42000", e.getSQLState());
    assertEquals(0, sim.requests().total());
  }

  @Test
  void malformedParameterBlockFailsBeforeAnyRequest() throws Exception {
    try (PreparedStatement s =
        conn.prepareStatement("select id from ip_addresses where vt_ip_in(id, ?)")) {
      s.setString(1, "evil.example");
      final SQLException e = assertThrows(SQLException.class, () -> ids(s));
      assertTrue(
          messages(e).contains("'evil.example' is not an IPv4 or IPv6 address"), messages(e));
      assertEquals("42000", e.getSQLState());
    }
    assertEquals(0, sim.requests().total());
  }

  @Test
  void malformedBlockOnALocalColumnNamesTheValue() {
    final SQLException e =
        assertThrows(
            SQLException.class,
            () ->
                VtConnections.rows(
                    conn,
                    "select vt_ip_in(ip_address, '1.2.3.4/x') from domain_resolutions"
                        + " where domain_id = '"
                        + domainWithResolutions()
                        + "'"));
    assertTrue(messages(e).contains("'1.2.3.4/x'"), messages(e));
    assertEquals("42000", e.getSQLState());
  }
}
