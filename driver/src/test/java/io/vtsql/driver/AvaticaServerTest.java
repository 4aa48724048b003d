package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Avatica remote driver against {@code vtsql serve} returns the same rows as the local driver,
 * with arrays as {@link Array} and timestamps in UTC.
 */
class AvaticaServerTest {
  private static VtSimulator simulator;
  private static VtAvaticaServer server;
  private static Connection local;
  private static Connection remote;

  @BeforeAll
  static void start() throws Exception {
    simulator = VtSimulator.start(SimulatorConfig.builder().port(0).build());
    server =
        ServerFixture.start(
            new RemoteConnectionPolicy(
                Map.of("baseUrl", simulator.baseUrl(), "vtUser", "demo_analyst"),
                Map.of(),
                simulator.premiumKey()));
    local =
        DriverManager.getConnection(
            "jdbc:vt:baseUrl="
                + simulator.baseUrl()
                + ";apiKey="
                + simulator.premiumKey()
                + ";vtUser=demo_analyst");
    remote = DriverManager.getConnection(server.jdbcUrl());
  }

  @AfterAll
  static void stop() throws SQLException {
    remote.close();
    local.close();
    server.close();
    simulator.close();
  }

  private static ObjectNode first(String type, int index) {
    Iterator<ObjectNode> objects = simulator.corpus().all(type).iterator();
    for (int i = 0; i < index; i++) {
      objects.next();
    }
    return objects.next();
  }

  private static String attribute(ObjectNode object, String name) {
    return object.path("attributes").path(name).asText();
  }

  /** Representative queries of every table, built from ids of the demo corpus. */
  static List<String> representativeQueries() {
    ObjectNode file = first("file", 0);
    ObjectNode other = first("file", 1);
    ObjectNode url = first("url", 0);
    return List.of(
        "SELECT * FROM files WHERE id = '" + file.path("id").asText() + "'",
        "SELECT id, md5, size, type_tag, malicious, tags, last_submission_date FROM files"
            + " WHERE md5 IN ('"
            + attribute(file, "md5")
            + "', '"
            + attribute(other, "md5")
            + "') ORDER BY id",
        "SELECT type_tag, COUNT(*) AS n, MAX(size) AS biggest FROM files WHERE id IN ('"
            + file.path("id").asText()
            + "', '"
            + other.path("id").asText()
            + "') GROUP BY type_tag ORDER BY type_tag",
        "SELECT f.id, t.tag FROM files AS f, UNNEST(f.tags) AS t(tag) WHERE f.id = '"
            + file.path("id").asText()
            + "' ORDER BY t.tag",
        "SELECT id, JSON_VALUE(attributes, '$.meaningful_name') AS name FROM files WHERE id = '"
            + file.path("id").asText()
            + "'",
        "SELECT id, malicious FROM files WHERE malicious > 20"
            + " AND ARRAY_CONTAINS(tags, 'persistence') ORDER BY malicious DESC LIMIT 5",
        "SELECT * FROM urls WHERE url = '" + attribute(url, "url").replace("'", "''") + "'",
        "SELECT * FROM domains WHERE id = '" + first("domain", 0).path("id").asText() + "'",
        "SELECT * FROM ip_addresses WHERE id = '"
            + first("ip_address", 0).path("id").asText()
            + "'");
  }

  @Test
  void remoteRowsEqualLocalRows() throws SQLException {
    for (String sql : representativeQueries()) {
      List<List<Object>> expected = query(local, sql);
      assertFalse(expected.isEmpty(), sql);
      assertEquals(expected, query(remote, sql), sql);
    }
  }

  @Test
  void sqlExamplesGiveTheSameRowsRemotely() throws Exception {
    for (String sql : exampleStatements()) {
      List<List<Object>> expected = query(local, sql);
      assertEquals(expected, query(remote, sql), sql);
    }
  }

  @Test
  void oneColumnResultsSortedLocallyAreValues() throws SQLException {
    List<Object> expected =
        simulator.corpus().all("file").stream()
            .filter(
                f ->
                    f.path("attributes").path("last_analysis_stats").path("malicious").asInt()
                        >= 40)
            .map(f -> (Object) f.path("id").asText())
            .sorted()
            .toList();
    assertFalse(expected.isEmpty());
    for (Connection connection : List.of(local, remote)) {
      List<Object> ids = new ArrayList<>();
      for (List<Object> row :
          query(connection, "SELECT id FROM files WHERE malicious >= 40 ORDER BY id")) {
        ids.add(row.get(0));
      }
      assertEquals(expected, ids);
    }
  }

  @Test
  void parametersTravel() throws SQLException {
    ObjectNode file = first("file", 2);
    String sql = "SELECT id, size, tags FROM files WHERE id = ?";
    List<List<Object>> rows = new ArrayList<>();
    for (Connection connection : List.of(local, remote)) {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, file.path("id").asText());
        try (ResultSet resultSet = statement.executeQuery()) {
          rows.addAll(ResultRows.read(resultSet));
        }
      }
    }
    assertEquals(2, rows.size());
    assertEquals(rows.get(0), rows.get(1));
    assertEquals(file.path("attributes").path("size").asLong(), rows.get(0).get(1));
  }

  @Test
  void arraysAndUtcTimestampsTravel() throws SQLException {
    ObjectNode file = first("file", 0);
    String sql =
        "SELECT tags, names, last_submission_date FROM files WHERE id = '"
            + file.path("id").asText()
            + "'";
    try (Statement statement = remote.createStatement();
        ResultSet resultSet = statement.executeQuery(sql)) {
      assertEquals(Types.ARRAY, resultSet.getMetaData().getColumnType(1));
      assertEquals(Types.TIMESTAMP, resultSet.getMetaData().getColumnType(3));
      assertTrue(resultSet.next());
      Array tags = resultSet.getArray(1);
      assertNotNull(tags);
      List<String> expectedTags = new ArrayList<>();
      file.path("attributes").path("tags").forEach(tag -> expectedTags.add(tag.asText()));
      assertEquals(expectedTags, List.of((Object[]) tags.getArray()));
      assertInstanceOf(Array.class, resultSet.getObject(2));
      Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
      assertEquals(
          Instant.ofEpochSecond(file.path("attributes").path("last_submission_date").asLong()),
          resultSet.getTimestamp(3, utc).toInstant());
    }
  }

  @Test
  void remoteMetadataHasRemarksAndCostsNothing() throws SQLException {
    simulator.requests().reset();
    int columns = 0;
    try (ResultSet resultSet = remote.getMetaData().getColumns(null, "vt", "files", "%")) {
      while (resultSet.next()) {
        columns++;
        assertNotNull(resultSet.getString("REMARKS"), resultSet.getString("COLUMN_NAME"));
      }
    }
    assertTrue(columns > 10, "columns: " + columns);
    assertEquals(0, simulator.requests().total());
  }

  @Test
  void writesGoThroughTheServerOnce() throws Exception {
    String file = simulator.corpus().ids("file").get(5);
    simulator.requests().reset();
    try (Statement statement = remote.createStatement()) {
      assertEquals(
          1,
          statement.executeUpdate(
              "INSERT INTO file_comments (file_id, text) VALUES ('" + file + "', 'via serve')"));
      assertEquals(
          1,
          statement.executeUpdate(
              "INSERT INTO file_votes (file_id, verdict) VALUES ('" + file + "', 'malicious')"));
      SQLException again =
          assertThrows(
              SQLException.class,
              () ->
                  statement.executeUpdate(
                      "INSERT INTO file_votes (file_id, verdict) VALUES ('"
                          + file
                          + "', 'harmless')"));
      assertEquals("23505", again.getSQLState());
      assertTrue(again.getMessage().contains("already voted"), again.getMessage());
      SQLException readOnly =
          assertThrows(
              SQLException.class,
              () -> statement.executeUpdate("INSERT INTO files (id) VALUES ('x')"));
      assertEquals("42000", readOnly.getSQLState());
      assertTrue(readOnly.getMessage().contains("vt.files is read-only"), readOnly.getMessage());
    }
    assertEquals(3, simulator.requests().count("POST /files/{id}/{relationship}"));
    assertEquals(
        List.of(List.of("via serve")),
        query(
            remote,
            "SELECT text FROM file_comments WHERE file_id = '"
                + file
                + "' AND text = 'via serve'"));
  }

  @Test
  void scanFileReadsNoServerPathUnlessAllowed() throws Exception {
    Path file = Files.createTempFile("vtsql-scan", ".bin");
    try {
      Files.writeString(file, "sample");
      simulator.requests().reset();
      SQLException e =
          assertThrows(
              SQLException.class,
              () -> query(remote, "SELECT id FROM TABLE(vt_scan_file('" + file + "'))"));
      assertEquals("42501", e.getSQLState(), e.getMessage());
      assertTrue(e.getMessage().contains("--scan-files-from"), e.getMessage());
      assertEquals(0, simulator.requests().total());
      // the local driver reads the user's own files
      assertEquals(1, query(local, "SELECT id FROM TABLE(vt_scan_file('" + file + "'))").size());
    } finally {
      Files.delete(file);
    }
  }

  static List<List<Object>> query(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet resultSet = statement.executeQuery(sql)) {
      return ResultRows.read(resultSet);
    }
  }

  /** The statements of sql-examples/*.sql, the files the README points users to. */
  private static List<String> exampleStatements() throws IOException {
    Path folder = Path.of(System.getProperty("vtsql.repoRoot", ".."), "sql-examples");
    List<String> statements = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return statements;
    }
    try (Stream<Path> files = Files.list(folder)) {
      // 7x-*.sql write to VirusTotal (WriteExamplesTest runs them): not repeatable twice
      for (Path file :
          files
              .filter(p -> p.toString().endsWith(".sql"))
              .filter(p -> !p.getFileName().toString().startsWith("7"))
              .sorted()
              .toList()) {
        statements.addAll(SqlScript.statements(Files.readString(file)));
      }
    }
    return statements;
  }
}
