package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** vtsql's JVM-wide Calcite defaults: set where absent, never over the user's own value. */
class CalciteTuningTest {
  @Test
  void cachesCompiledCodeByDefault() {
    Properties system = new Properties();
    CalciteTuning.applyTo(system);
    assertEquals(
        CalciteTuning.BINDABLE_CACHE_SIZE, system.getProperty(CalciteTuning.BINDABLE_CACHE));
  }

  @Test
  void keepsTheUsersValue() {
    Properties system = new Properties();
    system.setProperty(CalciteTuning.BINDABLE_CACHE, "0");
    CalciteTuning.applyTo(system);
    assertEquals("0", system.getProperty(CalciteTuning.BINDABLE_CACHE));
  }
}
