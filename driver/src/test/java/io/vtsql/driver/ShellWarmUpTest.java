package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The shell's background warm-up: its statements all prepare, with nothing listening. */
class ShellWarmUpTest {
  @Test
  void everyStatementPreparesWithoutAServer() throws SQLException {
    Properties p = new Properties();
    p.setProperty("baseUrl", ShellWarmUp.NOWHERE);
    p.setProperty("apiKey", "0".repeat(64));
    try (Connection c = DriverManager.getConnection(VtDriver.CONNECT_STRING_PREFIX, p)) {
      for (String sql : ShellWarmUp.STATEMENTS) {
        c.prepareStatement(sql).close();
      }
    }
  }

  @Test
  void finishesOnADaemonThread() {
    Thread thread = ShellWarmUp.start();
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> thread.join());
    assertTrue(thread.isDaemon(), "never keeps the JVM alive");
    assertFalse(thread.isAlive());
  }
}
