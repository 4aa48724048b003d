package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DatabaseMetaData describes the vt schema with types and remarks, and costs no request. */
class JdbcMetadataTest {
  static final Set<String> CORE_TABLES = Set.of("files", "urls", "domains", "ip_addresses");
  private static final Set<Integer> UNSERIALISABLE =
      Set.of(Types.OTHER, Types.JAVA_OBJECT, Types.STRUCT, Types.NULL);

  /** Compares metadata rows read as lists of keys, a missing catalog first, as JDBC sorts. */
  private static final Comparator<List<Comparable<?>>> KEY_ORDER =
      (left, right) -> {
        for (int i = 0; i < left.size(); i++) {
          @SuppressWarnings({"unchecked", "rawtypes"})
          int compared =
              Comparator.nullsFirst((Comparator) Comparator.naturalOrder())
                  .compare(left.get(i), right.get(i));
          if (compared != 0) {
            return compared;
          }
        }
        return 0;
      };

  private static VtSimulator simulator;
  private static VtAvaticaServer server;
  private static Connection connection;
  private static Connection remote;

  @BeforeAll
  static void start() throws Exception {
    simulator = VtSimulator.start(SimulatorConfig.builder().port(0).build());
    connection =
        DriverManager.getConnection(
            "jdbc:vt:baseUrl=" + simulator.baseUrl() + ";apiKey=" + simulator.premiumKey());
    server =
        ServerFixture.start(
            new RemoteConnectionPolicy(
                Map.of("baseUrl", simulator.baseUrl()), Map.of(), simulator.premiumKey()));
    remote = DriverManager.getConnection(server.jdbcUrl());
  }

  @AfterAll
  static void stop() throws SQLException {
    remote.close();
    server.close();
    connection.close();
    simulator.close();
  }

  @BeforeEach
  void resetCounters() {
    simulator.requests().reset();
  }

  @Test
  void tablesHaveRemarks() throws SQLException {
    Map<String, String> remarks = new HashMap<>();
    try (ResultSet tables = connection.getMetaData().getTables(null, "vt", "%", null)) {
      while (tables.next()) {
        assertEquals("vt", tables.getString("TABLE_SCHEM"));
        assertEquals("TABLE", tables.getString("TABLE_TYPE"));
        remarks.put(tables.getString("TABLE_NAME"), tables.getString("REMARKS"));
      }
    }
    assertTrue(remarks.keySet().containsAll(CORE_TABLES), remarks.toString());
    remarks.forEach(
        (table, remark) ->
            assertFalse(remark == null || remark.isBlank(), table + " has no remark"));
    assertTrue(
        remarks.get("file_contacted_domains").contains("file_id"),
        remarks.get("file_contacted_domains"));
    assertTrue(
        remarks.get("file_pe_info_sections").contains("file_id"),
        remarks.get("file_pe_info_sections"));
    assertTrue(
        remarks.get("metadata_engines").contains("GET /metadata"), remarks.get("metadata_engines"));
    assertTrue(
        remarks.get("file_behaviour_mitre_trees").contains("file_id"),
        remarks.get("file_behaviour_mitre_trees"));
    assertEquals(0, simulator.requests().total());
  }

  @Test
  void tablesComeInJdbcOrderLocallyAndRemotely() throws SQLException {
    List<List<Comparable<?>>> local = tableKeys(connection);
    assertEquals(sorted(local), local);
    assertTrue(
        local.stream().map(key -> key.get(0)).distinct().count() > 1,
        "more than one TABLE_TYPE to order by: " + local);
    assertTrue(local.contains(Arrays.asList("TABLE", null, "vt", "files")), local.toString());
    assertEquals(local, tableKeys(remote));
    assertEquals(0, simulator.requests().total());
  }

  @Test
  void columnsComeInJdbcOrderLocallyAndRemotely() throws SQLException {
    List<List<Comparable<?>>> local = columnKeys(connection);
    assertEquals(sorted(local), local);
    assertTrue(
        local.contains(Arrays.asList(null, "vt", "files", 1)), local.subList(0, 5).toString());
    assertEquals(local, columnKeys(remote));
    assertEquals(0, simulator.requests().total());
  }

  /** TABLE_TYPE, TABLE_CAT, TABLE_SCHEM, TABLE_NAME of every table, in the order received. */
  private static List<List<Comparable<?>>> tableKeys(Connection from) throws SQLException {
    List<List<Comparable<?>>> keys = new ArrayList<>();
    try (ResultSet tables = from.getMetaData().getTables(null, null, "%", null)) {
      while (tables.next()) {
        keys.add(
            Arrays.asList(
                tables.getString("TABLE_TYPE"),
                tables.getString("TABLE_CAT"),
                tables.getString("TABLE_SCHEM"),
                tables.getString("TABLE_NAME")));
      }
    }
    return keys;
  }

  /** TABLE_CAT, TABLE_SCHEM, TABLE_NAME, ORDINAL_POSITION of every column, as received. */
  private static List<List<Comparable<?>>> columnKeys(Connection from) throws SQLException {
    List<List<Comparable<?>>> keys = new ArrayList<>();
    try (ResultSet columns = from.getMetaData().getColumns(null, null, "%", "%")) {
      while (columns.next()) {
        keys.add(
            Arrays.asList(
                columns.getString("TABLE_CAT"),
                columns.getString("TABLE_SCHEM"),
                columns.getString("TABLE_NAME"),
                columns.getInt("ORDINAL_POSITION")));
      }
    }
    return keys;
  }

  private static List<List<Comparable<?>>> sorted(List<List<Comparable<?>>> keys) {
    List<List<Comparable<?>>> copy = new ArrayList<>(keys);
    copy.sort(KEY_ORDER);
    return copy;
  }

  @Test
  void everyColumnHasATypeAndARemark() throws SQLException {
    Map<String, Integer> types = new HashMap<>();
    List<String> withoutRemarks = new ArrayList<>();
    try (ResultSet columns = connection.getMetaData().getColumns(null, "vt", "%", "%")) {
      while (columns.next()) {
        String table = columns.getString("TABLE_NAME");
        String column = table + "." + columns.getString("COLUMN_NAME");
        int type = columns.getInt("DATA_TYPE");
        assertFalse(UNSERIALISABLE.contains(type), column + " has type " + type);
        assertNotNull(columns.getString("TYPE_NAME"), column);
        types.put(column, type);
        String remark = columns.getString("REMARKS");
        if (remark == null || remark.isBlank()) {
          withoutRemarks.add(column);
        }
      }
    }
    assertEquals(List.of(), withoutRemarks);
    assertTrue(types.containsKey("file_contacted_domains.context_attributes"), types.toString());
    assertTrue(types.containsKey("url_network_location.target_type"), types.toString());
    assertEquals(Types.VARCHAR, types.get("files.id"));
    assertEquals(Types.BIGINT, types.get("files.size"));
    assertEquals(Types.INTEGER, types.get("files.malicious"));
    assertEquals(Types.TIMESTAMP, types.get("files.last_submission_date"));
    assertEquals(Types.ARRAY, types.get("files.tags"));
    assertEquals(Types.VARCHAR, types.get("files.attributes"));
    assertEquals(Types.VARCHAR, types.get("file_contacted_domains.file_id"));
    assertEquals(Types.TIMESTAMP, types.get("file_contacted_domains.creation_date"));
    assertEquals(Types.DOUBLE, types.get("file_pe_info_sections.entropy"));
    assertEquals(Types.TIMESTAMP, types.get("domains.https_certificate_not_after"));
    assertEquals(Types.VARCHAR, types.get("metadata_privileges.privilege"));
    assertEquals(0, simulator.requests().total());
  }

  @Test
  void arrayColumnsNameTheirElementType() throws SQLException {
    try (ResultSet columns = connection.getMetaData().getColumns(null, "vt", "files", "tags")) {
      assertTrue(columns.next());
      String typeName = columns.getString("TYPE_NAME");
      assertTrue(typeName.startsWith("VARCHAR") && typeName.endsWith("ARRAY"), typeName);
    }
  }

  @Test
  void schemasAndTypeInfo() throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    List<String> schemas = new ArrayList<>();
    try (ResultSet resultSet = metaData.getSchemas()) {
      while (resultSet.next()) {
        schemas.add(resultSet.getString("TABLE_SCHEM"));
      }
    }
    assertTrue(schemas.contains("vt"), schemas.toString());
    Set<Integer> typeInfo = new HashSet<>();
    try (ResultSet resultSet = metaData.getTypeInfo()) {
      while (resultSet.next()) {
        typeInfo.add(resultSet.getInt("DATA_TYPE"));
      }
    }
    assertTrue(
        typeInfo.containsAll(
            Set.of(Types.VARCHAR, Types.INTEGER, Types.BIGINT, Types.TIMESTAMP, Types.ARRAY)),
        typeInfo.toString());
    assertEquals("vtsql JDBC driver", metaData.getDriverName());
    assertEquals(0, simulator.requests().total());
  }
}
