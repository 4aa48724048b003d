package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.adapter.catalog.Catalog;
import io.vtsql.adapter.catalog.ModifierSpec;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.types.IpAddresses;
import io.vtsql.adapter.pushdown.IpInTerms;
import io.vtsql.client.VtClient;
import io.vtsql.client.VtException;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every modifier the adapter can send is one the simulator, whose modifier table is written
 * independently from VirusTotal's documentation, accepts for that entity: an unknown modifier (such
 * as the {@code asn_owner:} vtsql used to send) would be a 400 there.
 */
class ModifierNamesTest {
  @Test
  void everySentModifierIsKnownToTheSimulator() throws Exception {
    final List<String> refused = new ArrayList<>();
    try (VtSimulator sim = VtSimulator.start(SimulatorConfig.builder().scale(20).build());
        VtClient client =
            VtClient.builder()
                .baseUrl(sim.baseUrl())
                .apiKey(sim.premiumKey())
                .cache(false)
                .build()) {
      for (ObjectType entity : Catalog.tables()) {
        if (entity.search().isEmpty()) {
          continue;
        }
        final List<ModifierSpec> specs = new ArrayList<>(entity.modifiers());
        if (entity == IpAddresses.TYPE) {
          specs.add(IpInTerms.SPEC);
        }
        for (ModifierSpec s : specs) {
          final String query =
              "entity:"
                  + entity.search().get().entity()
                  + " "
                  + s.modifier()
                  + ":"
                  + sample(s.kind());
          try {
            client.getPage("/intelligence/search", Map.of("query", query, "limit", "1"));
          } catch (VtException e) {
            refused.add(query + ": " + e.getMessage());
          }
        }
      }
    }
    assertTrue(refused.isEmpty(), refused.toString());
  }

  private static String sample(ModifierSpec.Kind kind) {
    switch (kind) {
      case NUMBER:
        return "1+";
      case DATE:
        return "2020-01-01T00:00:00+";
      case IP:
      case CIDR:
        return "\"10.0.0.0/8\"";
      default:
        return "\"x\"";
    }
  }
}
