package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.adapter.rules.RelationshipRules;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.calcite.runtime.Hook;
import org.junit.jupiter.api.Test;

/**
 * EXPLAIN and {@code Hook.QUERY_PLAN} show each relationship call: endpoint, page size, parents.
 */
class RelationshipPlanTest {

  @Test
  void explainAndQueryPlanShowRelationshipCalls() throws Exception {
    try (VtSimulator sim = VtSimulator.start(SimulatorConfig.builder().build());
        Connection conn =
            VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of("fanOut", "6"))) {
      final String f0 = sim.corpus().ids("file").get(0);
      final String constant =
          VtConnections.explain(
              conn, "select file_id, id from file_contacted_domains where file_id = '" + f0 + "'");
      assertTrue(
          constant.contains(
              "request=[GET /files/{file_id}/relationships/"
                  + "contacted_domains?limit=40 (cursor pages as rows are consumed) per distinct"
                  + " file_id from: ['"
                  + f0
                  + "'"),
          constant);
      assertTrue(constant.contains("fanOut=[6]"), constant);

      final String joined =
          VtConnections.explain(
              conn,
              "select f.id, r.registrar from files f"
                  + " join file_contacted_domains r on r.file_id = f.id where f.malicious > 20 limit 5");
      assertTrue(joined.contains("EnumerableBatchNestedLoopJoin"), joined);
      assertTrue(
          joined.contains("request=[GET /files/{file_id}/contacted_domains?limit=40"), joined);
      assertTrue(
          joined.contains(
              "from: batch join, up to "
                  + RelationshipRules.BATCH_SIZE
                  + " values per batch ($cor"),
          joined);

      final List<String> plans = new ArrayList<>();
      try (Hook.Closeable ignored =
          Hook.QUERY_PLAN.addThread((Consumer<Object>) p -> plans.add(p.toString()))) {
        VtConnections.rows(
            conn,
            "select id from url_last_serving_ip_address where url_id = '"
                + sim.corpus().ids("url").get(0)
                + "'");
      }
      assertEquals(
          List.of(
              "GET /urls/{url_id}/relationships/last_serving_ip_address per"
                  + " distinct url_id from: ['"
                  + sim.corpus().ids("url").get(0)
                  + "':VARCHAR]"),
          plans);
    }
  }
}
