package io.vtsql.simulator;

import io.vtsql.simulator.faults.FaultSettings;
import io.vtsql.simulator.search.SearchSemantics;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Command line entry point: starts a {@link VtSimulator}, prints its base URL and the labelled demo
 * keys ({@code premium key: ...}, {@code public key: ...}, {@code basic key: ...}), then serves
 * until killed.
 */
@Command(
    name = "vtsql simulator",
    mixinStandardHelpOptions = true,
    description = "A VirusTotal API v3 simulator on 127.0.0.1 with a deterministic demo corpus.")
public final class SimulatorMain implements Callable<Integer> {

  /** The port used when {@code --port} is not given. */
  public static final int DEFAULT_PORT = 8777;

  @Option(
      names = "--port",
      description = "TCP port on 127.0.0.1 (0 = any free port; default " + DEFAULT_PORT + ")")
  int port = DEFAULT_PORT;

  @Option(names = "--corpus", description = "Serve the VirusTotal envelopes in this folder")
  Path corpus;

  @Option(names = "--seed", description = "Seed of the generated corpus and demo keys (default 42)")
  long seed = 42;

  @Option(names = "--scale", description = "Number of generated files (default 2000)")
  int scale = 2000;

  @Option(names = "--key", description = "Extra API key as KEY:TIER (public|premium); repeatable")
  List<String> keys = new ArrayList<>();

  @Option(
      names = "--public-quota",
      description = "Public quota as PER_MINUTE/PER_DAY (default 4/500)")
  String publicQuota;

  @Option(names = "--latency-ms", description = "Latency added to every API response")
  long latencyMs;

  @Option(
      names = "--fault-rate",
      description = "Probability (0..1) of a fault, spread over every kind")
  double faultRate;

  @Option(names = "--fault-seed", description = "Seed of the fault sequence (default 1)")
  long faultSeed = 1;

  @Option(
      names = "--bounds",
      description =
          "Meaning of N+ in searches: strict (more than N,"
              + " default) or inclusive (N or more); N- is always less than N")
  String bounds = "strict";

  @Option(
      names = "--ties",
      description =
          "Order among search results tied on the order field:" + " shuffled (default) or by-id")
  String ties = "shuffled";

  @Option(
      names = "--text",
      description =
          "Text modifiers (name:, title:, url:, ...) match" + " words (default) or substring")
  String text = "words";

  @Option(
      names = "--fuzzy",
      description = "ssdeep:/tlsh: match similar (default) or exact" + " hashes")
  String fuzzy = "similar";

  private final PrintStream out;
  private final CountDownLatch stop;

  SimulatorMain(PrintStream out, CountDownLatch stop) {
    this.out = out;
    this.stop = stop;
  }

  public static void main(String[] args) {
    int code = new CommandLine(new SimulatorMain(System.out, new CountDownLatch(1))).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  private SearchSemantics semantics() {
    try {
      return new SearchSemantics(
          SearchSemantics.parse(SearchSemantics.Bounds.class, bounds),
          SearchSemantics.parse(SearchSemantics.Ties.class, ties),
          SearchSemantics.parse(SearchSemantics.Text.class, text),
          SearchSemantics.parse(SearchSemantics.Fuzzy.class, fuzzy));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          new CommandLine(this),
          "--bounds takes strict|inclusive, --ties shuffled|by-id, --text words|substring,"
              + " --fuzzy similar|exact");
    }
  }

  @Override
  public Integer call() throws Exception {
    SimulatorConfig.Builder config =
        SimulatorConfig.builder()
            .port(port)
            .seed(seed)
            .scale(scale)
            .corpusDir(corpus)
            .faults(FaultSettings.everyKind(faultRate, faultSeed).withLatency(latencyMs, 0))
            .semantics(semantics());
    List<String> labels = new ArrayList<>();
    for (String spec : keys) {
      int colon = spec.lastIndexOf(':');
      if (colon <= 0) {
        throw new CommandLine.ParameterException(
            new CommandLine(this), "--key expects KEY:TIER, e.g. <64 hex>:premium");
      }
      String key = spec.substring(0, colon);
      Tier tier = Tier.valueOf(spec.substring(colon + 1).toUpperCase(Locale.ROOT));
      config.key(key, tier);
      labels.add(tier.name().toLowerCase(Locale.ROOT) + " key label: " + DemoKeys.label(key));
    }
    if (publicQuota != null) {
      String[] parts = publicQuota.split("/");
      config.publicQuota(
          new Quota(
              Integer.parseInt(parts[0]),
              Duration.ofMinutes(1),
              parts.length > 1 ? Integer.parseInt(parts[1]) : 0));
    }
    VtSimulator simulator = VtSimulator.start(config.build());
    Thread hook = new Thread(simulator::close, "vt-simulator-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("VirusTotal API v3 simulator listening on " + simulator.baseUrl());
    out.println("premium key: " + simulator.premiumKey());
    out.println("public key: " + simulator.publicKey());
    out.println("basic key: " + simulator.basicKey());
    labels.forEach(out::println);
    out.println("search semantics: " + config.build().semantics());
    out.flush();
    stop.await();
    Runtime.getRuntime().removeShutdownHook(hook);
    simulator.close();
    return 0;
  }
}
