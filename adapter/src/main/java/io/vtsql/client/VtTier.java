package io.vtsql.client;

/** VirusTotal key tiers and their default client-side rate limits. */
public enum VtTier {
  /** Public API keys: 4 requests per rolling minute and 500 per UTC day (protocol.md §8). */
  PUBLIC(RateLimits.PUBLIC),
  /**
   * Premium keys: limits are contractual, so the default is unlimited; set them with the builder.
   */
  PREMIUM(RateLimits.UNLIMITED);

  private final RateLimits defaults;

  VtTier(RateLimits defaults) {
    this.defaults = defaults;
  }

  /** The limits a client of this tier uses unless the builder overrides them. */
  public RateLimits defaults() {
    return defaults;
  }
}
