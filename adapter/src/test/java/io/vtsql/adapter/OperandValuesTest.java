package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.adapter.pushdown.ClientOperands;
import io.vtsql.adapter.pushdown.OperandValues;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Parsing of connection property values: durations, rates, tiers, booleans. */
class OperandValuesTest {
  @Test
  void durationsAcceptSimpleUnitsAndIso() {
    assertEquals(Duration.ofMinutes(10), OperandValues.duration("cacheTtl", "10m"));
    assertEquals(Duration.ofMinutes(10), OperandValues.duration("cacheTtl", "10min"));
    assertEquals(Duration.ofMinutes(10), OperandValues.duration("cacheTtl", "PT10M"));
    assertEquals(Duration.ofMinutes(10), OperandValues.duration("cacheTtl", "pt10m"));
    assertEquals(Duration.ofSeconds(30), OperandValues.duration("cacheTtl", "30"));
    assertEquals(Duration.ofMillis(5), OperandValues.duration("retryBaseDelay", "5ms"));
    assertEquals(Duration.ofDays(2), OperandValues.duration("cacheTtl", "2d"));
    assertEquals(Duration.ofHours(1), OperandValues.duration("cacheTtl", "1 h"));
    for (String bad : new String[] {"0", "-5m", "ten minutes", "10y", ""}) {
      final IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> OperandValues.duration("cacheTtl", bad));
      assertTrue(
          e.getMessage()
              .startsWith(
                  "vt connection property cacheTtl='"
                      + bad
                      + "' is invalid: expected a positive duration"),
          e.getMessage());
    }
  }

  @Test
  void ratesAreRequestsPerWindow() {
    assertEquals(
        new OperandValues.Rate(4, Duration.ofMinutes(1)), OperandValues.rate("rateLimit", "4/1m"));
    assertEquals(
        new OperandValues.Rate(4, Duration.ofMinutes(1)), OperandValues.rate("rateLimit", "4/min"));
    assertEquals(
        new OperandValues.Rate(100, Duration.ofSeconds(1)),
        OperandValues.rate("rateLimit", "100 / s"));
    assertEquals(
        new OperandValues.Rate(1000, Duration.ofHours(1)),
        OperandValues.rate("rateLimit", "1000/PT1H"));
    assertEquals(0, OperandValues.rate("rateLimit", "unlimited").requests());
    for (String bad : new String[] {"4", "4/", "x/1m", "4/0s", "4/fortnight"}) {
      assertThrows(IllegalArgumentException.class, () -> OperandValues.rate("rateLimit", bad), bad);
    }
  }

  @Test
  void sizesAreBytesWithOptionalBinaryUnits() {
    assertEquals(65536L, OperandValues.bytes("cacheMaxBytes", "65536"));
    assertEquals(512L << 10, OperandValues.bytes("cacheMaxBytes", "512k"));
    assertEquals(64L << 20, OperandValues.bytes("cacheMaxBytes", "64M"));
    assertEquals(64L << 20, OperandValues.bytes("cacheMaxBytes", "64mb"));
    assertEquals(1L << 30, OperandValues.bytes("cacheMaxBytes", "1g"));
    for (String bad : new String[] {"0", "-1", "1t", "lots", "99999999999g"}) {
      assertEquals(
          "vt connection property cacheMaxBytes='"
              + bad
              + "' is invalid: expected a"
              + " positive size in bytes such as 1048576, 512k, 64m or 1g",
          assertThrows(
                  IllegalArgumentException.class, () -> OperandValues.bytes("cacheMaxBytes", bad))
              .getMessage());
    }
  }

  @Test
  void tiersAndBooleans() {
    assertEquals(io.vtsql.client.VtTier.PUBLIC, OperandValues.tier("tier", "Public"));
    assertTrue(OperandValues.bool("cache", "on"));
    assertEquals(
        "vt connection property cache='maybe' is invalid: expected true/on or" + " false/off",
        assertThrows(IllegalArgumentException.class, () -> OperandValues.bool("cache", "maybe"))
            .getMessage());
    assertEquals("cacheTtl", ClientOperands.closest("cachetl"));
    assertEquals("maxRequests", ClientOperands.closest("maxRequest"));
  }
}
