package io.vtsql.simulator;

import io.vtsql.simulator.corpus.gen.CorpusGenerator;
import io.vtsql.simulator.faults.FaultSettings;
import io.vtsql.simulator.search.SearchSemantics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Everything a {@link VtSimulator} is started with; build one with {@link #builder()}. */
public final class SimulatorConfig {

  private final int port;
  private final long seed;
  private final int scale;
  private final Path corpusDir;
  private final Map<String, Tier> keys;
  private final Quota publicQuota;
  private final Quota premiumQuota;
  private final FaultSettings faults;
  private final int threads;
  private final SearchSemantics semantics;
  private final AnalysisPace analysisPace;

  private SimulatorConfig(Builder b) {
    this.port = b.port;
    this.seed = b.seed;
    this.scale = b.scale;
    this.corpusDir = b.corpusDir;
    this.keys = Map.copyOf(b.keys);
    this.publicQuota = b.publicQuota;
    this.analysisPace = b.analysisPace;
    this.premiumQuota = b.premiumQuota;
    this.faults = b.faults;
    this.threads = b.threads;
    this.semantics = b.semantics;
  }

  /** How long a submitted analysis stays queued and then in progress. */
  public AnalysisPace analysisPace() {
    return analysisPace;
  }

  /** A builder with the defaults: free port, seed 42, 2000 files, public 4/min 500/day. */
  public static Builder builder() {
    return new Builder();
  }

  public int port() {
    return port;
  }

  public long seed() {
    return seed;
  }

  public int scale() {
    return scale;
  }

  /** The folder of real envelopes to serve instead of the generated corpus, or null. */
  public Path corpusDir() {
    return corpusDir;
  }

  /** Extra keys and their tiers (the demo keys are always added by the simulator). */
  public Map<String, Tier> keys() {
    return keys;
  }

  public Quota quota(Tier tier) {
    return tier == Tier.PUBLIC ? publicQuota : premiumQuota;
  }

  public FaultSettings faults() {
    return faults;
  }

  public int threads() {
    return threads;
  }

  /** How searches read what VirusTotal leaves ambiguous (default: the strictest reading). */
  public SearchSemantics semantics() {
    return semantics;
  }

  /** Collects settings; every method returns this builder. */
  public static final class Builder {
    private int port;
    private long seed = CorpusGenerator.DEFAULT_SEED;
    private int scale = CorpusGenerator.DEFAULT_FILES;
    private Path corpusDir;
    private final Map<String, Tier> keys = new LinkedHashMap<>();
    private Quota publicQuota = Quota.publicDefault();
    private Quota premiumQuota = Quota.unlimited();
    private FaultSettings faults = FaultSettings.none();
    private int threads = 8;
    private SearchSemantics semantics = SearchSemantics.strictest();
    private AnalysisPace analysisPace = AnalysisPace.REALISTIC;

    private Builder() {}

    /** Port on 127.0.0.1; 0 picks a free one. */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** Number of generated files; urls, domains and IPs scale with it. */
    public Builder scale(int files) {
      if (files < 1) {
        throw new IllegalArgumentException("scale must be positive");
      }
      this.scale = files;
      return this;
    }

    public Builder corpusDir(Path dir) {
      this.corpusDir = dir;
      return this;
    }

    /** Accepts {@code key} with the given tier. */
    public Builder key(String key, Tier tier) {
      keys.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(tier, "tier"));
      return this;
    }

    public Builder publicQuota(int perMinute, int perDay) {
      return publicQuota(new Quota(perMinute, Duration.ofMinutes(1), perDay));
    }

    public Builder publicQuota(Quota quota) {
      this.publicQuota = Objects.requireNonNull(quota, "quota");
      return this;
    }

    public Builder premiumQuota(int perMinute, int perDay) {
      return premiumQuota(new Quota(perMinute, Duration.ofMinutes(1), perDay));
    }

    public Builder premiumQuota(Quota quota) {
      this.premiumQuota = Objects.requireNonNull(quota, "quota");
      return this;
    }

    /** Faults injected from the start (they can be changed later through {@code faults()}). */
    public Builder faults(FaultSettings settings) {
      this.faults = Objects.requireNonNull(settings, "faults");
      return this;
    }

    /** Size of the request-handling thread pool. */
    public Builder threads(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("threads must be positive");
      }
      this.threads = value;
      return this;
    }

    /** The readings of ambiguous search semantics. */
    public Builder semantics(SearchSemantics value) {
      this.semantics = Objects.requireNonNull(value, "semantics");
      return this;
    }

    /** How fast submitted analyses progress (tests make it fast). */
    public Builder analysisPace(AnalysisPace value) {
      this.analysisPace = Objects.requireNonNull(value, "analysisPace");
      return this;
    }

    public SimulatorConfig build() {
      return new SimulatorConfig(this);
    }
  }
}
