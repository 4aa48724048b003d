package io.vtsql.adapter;

import io.vtsql.simulator.VtSimulator;
import io.vtsql.simulator.faults.FaultKind;
import io.vtsql.simulator.faults.FaultSettings;
import java.util.Map;

/** Test helper: makes every simulator response fail with one fault kind. */
final class Faults {
  private Faults() {}

  static void only(VtSimulator sim, FaultKind kind) {
    sim.faults().configure(new FaultSettings(0, 0, Map.of(kind, 1.0), null, 5, 1));
  }
}
