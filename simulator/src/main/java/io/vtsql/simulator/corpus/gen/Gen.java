package io.vtsql.simulator.corpus.gen;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small deterministic helpers shared by the generators: seeded random streams, picks, hex, dates.
 */
final class Gen {

  /** Everything is dated relative to this instant (2026-01-01T00:00:00Z) so output never drifts. */
  static final long REFERENCE = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();

  /** The oldest generated date (2019-01-01T00:00:00Z). */
  static final long EARLIEST = Instant.parse("2019-01-01T00:00:00Z").getEpochSecond();

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Gen() {}

  /** A random stream for entity {@code index} of kind {@code salt} under {@code seed}. */
  static SplittableRandom rng(long seed, long salt, long index) {
    return new SplittableRandom(mix(mix(seed ^ 0x9E3779B97F4A7C15L * salt) + index));
  }

  /** The SplitMix64 finaliser, used to spread seeds. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static <T> T pick(SplittableRandom rng, List<T> items) {
    return items.get(rng.nextInt(items.size()));
  }

  static <T> T pick(SplittableRandom rng, T[] items) {
    return items[rng.nextInt(items.length)];
  }

  static int between(SplittableRandom rng, int lowInclusive, int highInclusive) {
    return lowInclusive + rng.nextInt(highInclusive - lowInclusive + 1);
  }

  static String hex(SplittableRandom rng, int chars) {
    char[] out = new char[chars];
    for (int i = 0; i < chars; i++) {
      out[i] = HEX[rng.nextInt(16)];
    }
    return new String(out);
  }

  static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[bytes[i] & 0xF];
    }
    return new String(out);
  }

  /** A date in [from, to], as epoch seconds. */
  static long date(SplittableRandom rng, long from, long to) {
    if (to <= from) {
      return from;
    }
    return from + (long) (rng.nextDouble() * (to - from));
  }
}
