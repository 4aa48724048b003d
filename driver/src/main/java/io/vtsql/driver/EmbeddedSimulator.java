package io.vtsql.driver;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one in-process VirusTotal simulator that {@code jdbc:vt:} connections without an API key
 * share; it is started on first use on a free loopback port and stopped when the JVM exits.
 */
final class EmbeddedSimulator {
  private static VtSimulator simulator;

  private EmbeddedSimulator() {
  }

  /** Returns the running embedded simulator, starting it on first use. */
  static synchronized VtSimulator instance() {
    if (simulator == null) {
      try {
        simulator = VtSimulator.start(SimulatorConfig.builder().port(0).build());
      } catch (IOException e) {
        throw new UncheckedIOException("vtsql: cannot start the embedded simulator", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "vtsql-simulator-stop"));
    }
    return simulator;
  }
}
