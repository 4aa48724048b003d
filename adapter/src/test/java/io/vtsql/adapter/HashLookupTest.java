package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Point lookups take hashes of any kind on {@code files.id} and any letter case, send them in lower
 * case, keep the answers that match the column asked on, and spend no request on an id that cannot
 * name an object.
 */
class HashLookupTest {
  private static VtSimulator sim;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    conn = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("cache", "false"));
  }

  @AfterAll
  static void stop() throws SQLException {
    conn.close();
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.requests().reset();
  }

  private static ObjectNode file(int index) {
    return sim.corpus().all("file").stream().skip(index).findFirst().orElseThrow();
  }

  private static String hash(ObjectNode file, String kind) {
    return file.path("attributes").path(kind).asText();
  }

  private static String id(ObjectNode file) {
    return file.get("id").asText();
  }

  private static List<List<Object>> rows(String sql) throws SQLException {
    return VtConnections.rows(conn, sql);
  }

  @Test
  void anyHashInAnyCaseOnIdFindsTheFile() throws Exception {
    final ObjectNode a = file(0);
    final ObjectNode b = file(1);
    final ObjectNode c = file(2);
    assertEquals(
        List.of(List.of(id(a))),
        rows("SELECT id FROM files WHERE id = '" + hash(a, "md5").toUpperCase(Locale.ROOT) + "'"));
    assertEquals(
        List.of(List.of(id(a), hash(a, "md5"))),
        rows("SELECT id, md5 FROM files" + " WHERE id = '" + id(a).toUpperCase(Locale.ROOT) + "'"));
    SimRequests.assertCount(2, () -> sim.requests().total());
    sim.requests().reset();
    final List<List<Object>> mixed =
        rows(
            "SELECT id FROM files WHERE id IN ('"
                + hash(a, "md5").toUpperCase(Locale.ROOT)
                + "', '"
                + mixedCase(hash(b, "sha1"))
                + "', '"
                + id(c).toUpperCase(Locale.ROOT)
                + "', '"
                + hash(a, "sha1")
                + "') ORDER BY id");
    final List<List<Object>> expected = new ArrayList<>();
    List.of(id(a), id(b), id(c)).stream().sorted().forEach(i -> expected.add(List.of(i)));
    assertEquals(expected, mixed);
    SimRequests.assertCount(4, () -> sim.requests().total());
  }

  @Test
  void hashColumnsIgnoreCaseAndStayExact() throws Exception {
    final ObjectNode a = file(3);
    assertEquals(
        List.of(List.of(id(a))),
        rows("SELECT id FROM files WHERE md5 = '" + hash(a, "md5").toUpperCase(Locale.ROOT) + "'"));
    assertEquals(
        List.of(List.of(id(a))),
        rows("SELECT id FROM files WHERE sha1 IN ('" + mixedCase(hash(a, "sha1")) + "')"));
    assertEquals(
        List.of(List.of(id(a))),
        rows("SELECT id FROM files WHERE sha256 = '" + id(a).toUpperCase(Locale.ROOT) + "'"));
    SimRequests.assertCount(3, () -> sim.requests().total());
    sim.requests().reset();
    // the GET by a SHA-1 finds the file, but its md5 is not that value: no row
    assertEquals(
        List.of(),
        rows(
            "SELECT id FROM files WHERE md5 = '"
                + hash(a, "sha1")
                + "'"
                + " OR md5 = '"
                + hash(file(4), "md5").substring(0, 31)
                + "x'"));
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  @Test
  void parameterKeysFollowTheSameRules() throws Exception {
    final ObjectNode a = file(5);
    try (PreparedStatement p = conn.prepareStatement("SELECT id FROM files WHERE id = ?")) {
      p.setString(1, hash(a, "sha1").toUpperCase(Locale.ROOT));
      try (ResultSet rs = p.executeQuery()) {
        assertEquals(List.of(List.of(id(a))), VtConnections.rows(rs));
      }
      p.setString(1, "not-a-hash");
      try (ResultSet rs = p.executeQuery()) {
        assertEquals(List.of(), VtConnections.rows(rs));
      }
    }
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  @Test
  void impossibleIdsCostNoRequest() throws Exception {
    for (String sql :
        List.of(
            "SELECT id FROM ip_addresses WHERE id = '999.1.1.1'",
            "SELECT id FROM ip_addresses WHERE id IN ('1.2.3', 'example.com')",
            "SELECT id FROM files WHERE id = '0123456789'",
            "SELECT id FROM files WHERE id = '" + "z".repeat(64) + "'",
            "SELECT id FROM files WHERE sha256 = '" + hash(file(0), "md5") + "'",
            "SELECT id FROM domains WHERE id = 'a b.com'",
            "SELECT id FROM domains WHERE id IN ('http://example.com/', '')",
            "SELECT id FROM urls WHERE id = 'not-a-url-id'")) {
      assertEquals(List.of(), rows(sql), sql);
    }
    SimRequests.assertCount(0, () -> sim.requests().total());
  }

  @Test
  void domainsAndAddressesIgnoreCase() throws Exception {
    final String domain = sim.corpus().ids("domain").get(0);
    assertEquals(
        List.of(List.of(domain)),
        rows("SELECT id FROM domains WHERE id = '" + domain.toUpperCase(Locale.ROOT) + "'"));
    SimRequests.assertCount(1, () -> sim.requests().total());
  }

  private static String mixedCase(String hex) {
    final StringBuilder s = new StringBuilder(hex.length());
    for (int i = 0; i < hex.length(); i++) {
      final char ch = hex.charAt(i);
      s.append(i % 2 == 0 ? Character.toUpperCase(ch) : ch);
    }
    return s.toString();
  }
}
