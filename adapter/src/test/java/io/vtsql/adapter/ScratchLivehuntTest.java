package io.vtsql.adapter;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScratchLivehuntTest {
  @Test
  void scratch() throws Exception {
    try (VtSimulator sim = VtSimulator.start(SimulatorConfig.builder().build());
        Connection c = VtConnections.open(sim.baseUrl(), sim.premiumKey(), Map.of())) {
      for (String f : System.getProperty("scratch.sql").split(",")) {
        String sql =
            java.nio.file.Files.readString(java.nio.file.Path.of(f)).strip().replaceAll(";$", "");
        sim.requests().reset();
        System.out.println("SQL " + sql);
        System.out.println(VtConnections.explain(c, sql));
        try {
          VtConnections.rows(c, sql).forEach(r -> System.out.println("  " + r));
        } catch (Exception e) {
          System.out.println("ERR " + e);
        }
        sim.requests()
            .records()
            .forEach(
                r ->
                    System.out.println(
                        "  REQ " + r.endpoint() + " " + r.query() + " " + r.status()));
      }
    }
  }
}
