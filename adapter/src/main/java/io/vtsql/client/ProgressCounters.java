package io.vtsql.client;

import java.util.concurrent.atomic.LongAdder;

/**
 * Running totals of what one client did: requests sent to the API, requests a cache answered, the
 * rate limiter's reported waits, and the rows scans built from the responses. A shell samples them
 * for its progress line and {@code vt_meta.progress} shows them to JDBC clients.
 */
public final class ProgressCounters implements RequestListener, RateLimitListener {
  private final LongAdder sent = new LongAdder();
  private final LongAdder cached = new LongAdder();
  private final LongAdder quotaWaits = new LongAdder();
  private final LongAdder quotaWaitMillis = new LongAdder();
  private final LongAdder rows = new LongAdder();

  @Override
  public void onRequest(RequestRecord record) {
    (record.cached() ? cached : sent).increment();
  }

  @Override
  public void onWait(RateLimitWait wait) {
    quotaWaits.increment();
    quotaWaitMillis.add(wait.expected().toMillis());
  }

  /** Counts one row a scan built from VirusTotal's responses. */
  public void onRow() {
    rows.increment();
  }

  /** The totals now. */
  public Snapshot snapshot() {
    return new Snapshot(
        sent.sum(), cached.sum(), quotaWaits.sum(), quotaWaitMillis.sum(), rows.sum());
  }

  /**
   * Totals at one moment.
   *
   * @param sent requests sent to the API (each page of a search or relationship is one)
   * @param cached requests answered by a cache, without a request
   * @param quotaWaits times the rate limiter made a request wait
   * @param quotaWaitMillis how long those waits were expected to last, in total
   * @param rows rows the scans of vt tables produced (before local filters and joins)
   */
  public record Snapshot(long sent, long cached, long quotaWaits, long quotaWaitMillis, long rows) {
    /** What happened between {@code earlier} and this snapshot. */
    public Snapshot since(Snapshot earlier) {
      return new Snapshot(
          sent - earlier.sent,
          cached - earlier.cached,
          quotaWaits - earlier.quotaWaits,
          quotaWaitMillis - earlier.quotaWaitMillis,
          rows - earlier.rows);
    }

    /** Whether nothing happened. */
    public boolean isEmpty() {
      return sent == 0 && cached == 0 && quotaWaits == 0 && rows == 0;
    }
  }
}
