package io.vtsql.simulator;

import com.sun.net.httpserver.HttpServer;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.gen.CorpusGenerator;
import io.vtsql.simulator.corpus.load.CorpusLoader;
import io.vtsql.simulator.faults.FaultInjector;
import io.vtsql.simulator.http.ApiHandler;
import io.vtsql.simulator.http.ControlHandler;
import io.vtsql.simulator.search.SearchSemantics;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A VirusTotal API v3 server on 127.0.0.1 over a generated or loaded corpus. */
public final class VtSimulator implements AutoCloseable {
  static {
    // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm
    // and the client's delayed ACK add ~40 ms to every response on a kept-alive connection.
    // Read once when the JDK's server classes load, so it is set before the first server.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Corpus corpus;
  private final RequestLog requests = new RequestLog();
  private final FaultInjector faults;
  private final String premiumKey;
  private final String publicKey;
  private final String basicKey;
  private final Map<String, Account> accounts;
  private final SearchSemantics semantics;

  private VtSimulator(SimulatorConfig config, Corpus corpus) throws IOException {
    this.corpus = corpus;
    this.premiumKey = DemoKeys.premium(config.seed());
    this.publicKey = DemoKeys.publicKey(config.seed());
    this.basicKey = DemoKeys.basic(config.seed());
    Map<String, Account> all = new LinkedHashMap<>();
    all.put(premiumKey, DemoKeys.premiumAccount());
    all.put(publicKey, DemoKeys.publicAccount());
    all.put(basicKey, DemoKeys.basicAccount());
    config
        .keys()
        .forEach((key, tier) -> all.put(key, Account.configured(DemoKeys.label(key), tier)));
    this.accounts = Map.copyOf(all);
    this.semantics = config.semantics();
    this.faults = new FaultInjector(config.faults());
    ApiHandler api =
        new ApiHandler(
            corpus,
            accounts,
            config::quota,
            requests,
            faults,
            config.semantics(),
            config.analysisPace());
    this.server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 64);
    this.executor =
        Executors.newFixedThreadPool(
            config.threads(),
            r -> {
              Thread t = new Thread(r, "vt-simulator");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext(ApiHandler.PREFIX + "/", api);
    server.createContext("/_sim/", new ControlHandler(requests, faults));
    api.baseUrl(baseUrl());
    server.start();
  }

  /** How this simulator's searches read VirusTotal's ambiguous semantics. */
  public SearchSemantics semantics() {
    return semantics;
  }

  /** Builds the corpus (generated, or loaded when {@code corpusDir} is set) and starts serving. */
  public static VtSimulator start(SimulatorConfig config) throws IOException {
    Objects.requireNonNull(config, "config");
    Corpus corpus =
        config.corpusDir() != null
            ? CorpusLoader.load(config.corpusDir())
            : CorpusGenerator.generate(config.seed(), config.scale());
    return new VtSimulator(config, corpus);
  }

  /** {@code http://127.0.0.1:<port>/api/v3}, no trailing slash. */
  public String baseUrl() {
    return rootUrl() + ApiHandler.PREFIX;
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String rootUrl() {
    return "http://127.0.0.1:" + port();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String premiumKey() {
    return premiumKey;
  }

  public String publicKey() {
    return publicKey;
  }

  /**
   * The premium demo key without add-on licences: hunting, Private Scanning and Monitor give 403.
   */
  public String basicKey() {
    return basicKey;
  }

  /** Every accepted key and its tier (demo keys included). */
  public Map<String, Tier> keys() {
    Map<String, Tier> tiers = new LinkedHashMap<>();
    accounts.forEach((key, account) -> tiers.put(key, account.tier()));
    return tiers;
  }

  /** Every accepted key and whom it belongs to (demo keys included). */
  public Map<String, Account> accounts() {
    return accounts;
  }

  public Corpus corpus() {
    return corpus;
  }

  public RequestLog requests() {
    return requests;
  }

  public FaultInjector faults() {
    return faults;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
