package io.vtsql.driver;

import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one in-process VirusTotal simulator that {@code jdbc:vt:} connections without an API key
 * share; it is started on first use on a free loopback port and stopped when the JVM exits.
 *
 * <p>It is started from a daemon thread: the JDK HTTP server's dispatcher thread inherits that, so
 * the simulator never keeps a JVM alive whose program has finished (a JDBC client that forgets to
 * close, a notebook kernel, a BI tool's driver test).
 */
final class EmbeddedSimulator {
  private static VtSimulator simulator;

  private EmbeddedSimulator() {}

  /** Returns the running embedded simulator, starting it on first use. */
  static synchronized VtSimulator instance() {
    if (simulator == null) {
      simulator = startOnDaemonThread();
      Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "vtsql-simulator-stop"));
    }
    return simulator;
  }

  private static VtSimulator startOnDaemonThread() {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread starter =
        new Thread(
            () -> {
              try {
                result.set(VtSimulator.start(SimulatorConfig.builder().port(0).build()));
              } catch (IOException | RuntimeException e) {
                result.set(e);
              }
            },
            "vtsql-simulator-start");
    starter.setDaemon(true);
    starter.start();
    try {
      starter.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("vtsql: interrupted while starting the simulator", e);
    }
    Object outcome = result.get();
    if (outcome instanceof VtSimulator started) {
      return started;
    }
    if (outcome instanceof IOException e) {
      throw new UncheckedIOException("vtsql: cannot start the embedded simulator", e);
    }
    throw (RuntimeException) outcome;
  }
}
