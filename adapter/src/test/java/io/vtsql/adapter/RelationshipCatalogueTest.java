package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.vtsql.adapter.catalog.Catalog;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.types.Domains;
import io.vtsql.adapter.catalog.types.Graphs;
import io.vtsql.client.VtClient;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The static relationship catalogue agrees with what the API serves at {@code /metadata}. */
class RelationshipCatalogueTest {

  @Test
  void catalogueMatchesMetadata() throws Exception {
    try (VtSimulator sim = VtSimulator.start(SimulatorConfig.builder().build());
        VtClient client =
            VtClient.builder()
                .baseUrl(sim.baseUrl())
                .apiKey(sim.premiumKey())
                .cache(false)
                .build()) {
      final JsonNode relationships = client.getData("/metadata", Map.of()).get("relationships");
      final List<String> served = new ArrayList<>();
      for (ObjectType e : Catalog.tables()) {
        for (JsonNode r : relationships.path(e.objectType())) {
          final List<String> targets = new ArrayList<>();
          r.get("target_types").forEach(t -> targets.add(t.asText()));
          served.add(
              e.objectType()
                  + " "
                  + r.get("name").asText()
                  + " "
                  + String.join("|", targets)
                  + " "
                  + r.get("cardinality").asText()
                  + " premium="
                  + r.get("premium").asBoolean()
                  + " "
                  + r.get("description").asText());
        }
      }
      final List<String> catalogue =
          Catalog.relationships().stream()
              .map(
                  r ->
                      r.source().objectType()
                          + " "
                          + r.name()
                          + " "
                          + r.targetLabel()
                          + " "
                          + (r.toOne() ? "one" : "many")
                          + " premium="
                          + r.premium()
                          + " "
                          + r.description())
              .toList();
      assertEquals(served, catalogue);
    }
  }

  @Test
  void relationshipTablesListParentThenTargetColumns() throws Exception {
    try (Connection conn = VtConnections.open("http://127.0.0.1:9/api/v3", "k", Map.of())) {
      final List<String> expected = new ArrayList<>(List.of("file_id"));
      Domains.TYPE.columns().forEach(c -> expected.add(c.name()));
      expected.add("context_attributes");
      assertEquals(expected, columns(conn, "file_contacted_domains"));
      assertEquals(
          List.of("url_id", "target_type", "target_id", "attributes"),
          columns(conn, "url_network_location"));
      assertEquals(
          List.of(
              "domain_id",
              "id",
              "date",
              "host_name",
              "ip_address",
              "resolver",
              "host_name_malicious",
              "host_name_suspicious",
              "host_name_harmless",
              "host_name_undetected",
              "ip_address_malicious",
              "ip_address_suspicious",
              "ip_address_harmless",
              "ip_address_undetected",
              "attributes",
              "context_attributes"),
          columns(conn, "domain_resolutions"));
      // A target type without a declaration (ssl_cert) gives its id, type and raw attributes.
      assertEquals(
          List.of("domain_id", "id", "type", "attributes", "context_attributes"),
          columns(conn, "domain_historical_ssl_certificates"));
      final List<String> graphs = new ArrayList<>(List.of("file_id"));
      Graphs.TYPE.columns().forEach(c -> graphs.add(c.name()));
      graphs.add("context_attributes");
      assertEquals(graphs, columns(conn, "file_graphs"));
      int tables = 0;
      try (ResultSet rs = conn.getMetaData().getTables(null, "vt", "%", null)) {
        while (rs.next()) {
          tables++;
        }
      }
      assertEquals(
          Catalog.tables().size()
              + Catalog.relationships().size()
              + Catalog.children().size()
              + Catalog.documents().size()
              + Catalog.ownUserTables().size(),
          tables);
    }
  }

  private static List<String> columns(Connection conn, String table) throws Exception {
    final List<String> names = new ArrayList<>();
    try (ResultSet rs = conn.getMetaData().getColumns(null, "vt", table, null)) {
      while (rs.next()) {
        names.add(rs.getString("COLUMN_NAME"));
      }
    }
    return names;
  }
}
