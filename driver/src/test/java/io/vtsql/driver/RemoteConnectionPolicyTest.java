package io.vtsql.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What a remote client may and may not set on its connection. */
class RemoteConnectionPolicyTest {
  private final RemoteConnectionPolicy policy =
      new RemoteConnectionPolicy(
          Map.of("baseUrl", "http://127.0.0.1:1/api/v3", "maxRequests", "50"),
          Map.of("alice", "alice-key"),
          "default-key");

  @Test
  void keyPrecedenceIsClientThenUserThenDefault() {
    assertEquals(
        "client-key",
        policy
            .connectionProperties(Map.of("apiKey", "client-key"), Optional.of("alice"))
            .getProperty("apiKey"));
    assertEquals(
        "alice-key",
        policy.connectionProperties(Map.of(), Optional.of("alice")).getProperty("apiKey"));
    assertEquals(
        "default-key",
        policy.connectionProperties(Map.of(), Optional.of("bob")).getProperty("apiKey"));
    assertEquals(
        "default-key", policy.connectionProperties(null, Optional.empty()).getProperty("apiKey"));
  }

  @Test
  void propertyNamesAreCaseInsensitive() {
    Properties properties =
        policy.connectionProperties(
            Map.of("APIKEY", "client-key", "PushDown", "false", "MAXREQUESTS", "7"),
            Optional.of("alice"));
    assertEquals("client-key", properties.getProperty("apiKey"));
    assertEquals("false", properties.getProperty("pushdown"));
    assertEquals("7", properties.getProperty("maxRequests"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RemoteConnectionPolicy(Map.of("APIKey", "k"), Map.of(), null));
    assertEquals(
        Optional.of("http://h/api/v3"),
        new RemoteConnectionPolicy(Map.of("BASEURL", "http://h/api/v3"), Map.of(), null).baseUrl());
  }

  @Test
  void noSharedKeyUnlessTheOperatorSetOne() {
    RemoteConnectionPolicy noDefault = new RemoteConnectionPolicy(Map.of(), Map.of(), null);
    assertNull(noDefault.connectionProperties(Map.of(), Optional.empty()).getProperty("apiKey"));
  }

  @Test
  void clientsCannotRedirectRequestsOrLoadCode() {
    Properties properties =
        policy.connectionProperties(
            Map.of(
                "baseUrl", "http://attacker.example/api/v3",
                "cacheDir", "/etc",
                "model", "inline:{}",
                "schemaFactory", "com.example.Evil",
                "url", "http://127.0.0.1:8765",
                "avatica_password", "secret",
                "vtsqlScope", "user:alice"),
            Optional.empty());
    assertEquals("http://127.0.0.1:1/api/v3", properties.getProperty("baseUrl"));
    assertEquals(
        Map.of(
            "baseUrl",
            "http://127.0.0.1:1/api/v3",
            "maxRequests",
            "50",
            "apiKey",
            "default-key",
            "vtsqlScope",
            "user:",
            "vtsqlScanFiles",
            "none"),
        Map.copyOf(properties));
  }

  @Test
  void clientsMayLowerTheRequestBudgetButNotRaiseIt() {
    assertEquals(
        "10",
        policy
            .connectionProperties(Map.of("maxRequests", "10"), Optional.empty())
            .getProperty("maxRequests"));
    assertEquals(
        "50",
        policy
            .connectionProperties(Map.of("maxRequests", "5000"), Optional.empty())
            .getProperty("maxRequests"));
    // Not a number: left for the driver to reject (RemoteErrorsTest), never raised.
    assertEquals(
        "lots",
        policy
            .connectionProperties(Map.of("maxRequests", "lots"), Optional.empty())
            .getProperty("maxRequests"));
  }

  @Test
  void theServerWideKeyIsNotAProperty() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RemoteConnectionPolicy(Map.of("apiKey", "k"), Map.of(), null));
  }
}
