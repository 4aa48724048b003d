package io.vtsql.driver;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.VtSchemaFactory;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides the {@code jdbc:vt:} properties of a remote user's connection: the operator's properties,
 * the few a remote client may set, and whose VirusTotal key the connection uses.
 *
 * <p>The key is, in order: the {@code apiKey} the client sent, the key configured for the
 * authenticated user, the server-wide default key (only when the operator set one), or none (the
 * connection then talks to the embedded simulator, unless the operator set a {@code baseUrl}, in
 * which case it fails for want of a key). Clients cannot set anything that would redirect requests
 * or touch the server's disk ({@code baseUrl}, cache directories, Calcite models and factories);
 * such properties are ignored. Each user's connections get a client scope of their own, so users
 * never share caches or request logs.
 */
final class RemoteConnectionPolicy {
  /** Properties a remote client may set on its own connection. */
  static final Set<String> CLIENT_PROPERTIES =
      Set.of(VtConnectionSettings.API_KEY, "pushdown", "maxRequests");

  private final Map<String, String> operatorProperties;
  private final Map<String, String> userKeys;
  private final String defaultKey;

  /**
   * Creates a policy.
   *
   * @param operatorProperties {@code jdbc:vt:} properties every connection gets (no key)
   * @param userKeys VirusTotal key of each authenticated user that has one
   * @param defaultKey server-wide key for users without their own, or null for none
   */
  RemoteConnectionPolicy(
      Map<String, String> operatorProperties, Map<String, String> userKeys, String defaultKey) {
    this.operatorProperties = Map.copyOf(requireNonNull(operatorProperties, "operatorProperties"));
    this.userKeys = Map.copyOf(requireNonNull(userKeys, "userKeys"));
    this.defaultKey = defaultKey;
    if (this.operatorProperties.keySet().stream()
        .anyMatch(VtConnectionSettings.API_KEY::equalsIgnoreCase)) {
      throw new IllegalArgumentException("the server-wide key is the defaultKey, not a property");
    }
  }

  /** Whether connections without a key of their own fall back to a server-wide key. */
  boolean hasDefaultKey() {
    return defaultKey != null;
  }

  /** Whether the operator pointed connections at an endpoint (else: embedded simulator). */
  Optional<String> baseUrl() {
    return operatorProperties.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(VtConnectionSettings.BASE_URL))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** The properties of a new connection for the given client info and authenticated user. */
  Properties connectionProperties(Map<String, String> clientInfo, Optional<String> user) {
    Properties properties = new Properties();
    properties.putAll(operatorProperties);
    Map<String, String> info = caseInsensitive(clientInfo == null ? Map.of() : clientInfo);
    String pushdown = info.get("pushdown");
    if (pushdown != null) {
      properties.setProperty("pushdown", pushdown);
    }
    String maxRequests = info.get("maxRequests");
    if (maxRequests != null) {
      properties.setProperty("maxRequests", lowerBudget(maxRequests));
    }
    keyFor(info, user).ifPresent(key -> properties.setProperty(VtConnectionSettings.API_KEY, key));
    // Users on one key never share caches or see each other's requests in vt_meta.requests.
    properties.setProperty(VtSchemaFactory.SCOPE_OPERAND, "user:" + user.orElse(""));
    // vt_scan_file reads the server's disk only under the directory the operator allows
    if (properties.getProperty(VtSchemaFactory.SCAN_FILES_OPERAND) == null) {
      properties.setProperty(VtSchemaFactory.SCAN_FILES_OPERAND, "none");
    }
    return properties;
  }

  /** Property names are case-insensitive ({@code APIKEY} is {@code apiKey}). */
  private static Map<String, String> caseInsensitive(Map<String, String> clientInfo) {
    Map<String, String> info = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    clientInfo.forEach(
        (name, value) -> {
          if (info.put(name, value) != null) {
            throw new IllegalArgumentException("connection property " + name + " is given twice");
          }
        });
    return info;
  }

  private Optional<String> keyFor(Map<String, String> info, Optional<String> user) {
    String clientKey = info.get(VtConnectionSettings.API_KEY);
    if (clientKey != null && !clientKey.isBlank()) {
      return Optional.of(clientKey.trim());
    }
    Optional<String> userKey = user.map(userKeys::get);
    return userKey.isPresent() ? userKey : Optional.ofNullable(defaultKey);
  }

  /**
   * A client may lower the operator's request budget, never raise it. A value that is not a number
   * is passed on for the driver to reject, with the message a local connection gets.
   */
  private String lowerBudget(String requested) {
    String operator = operatorProperties.get("maxRequests");
    long value;
    try {
      value = Long.parseLong(requested.trim());
    } catch (NumberFormatException e) {
      return requested;
    }
    return operator == null
        ? Long.toString(value)
        : Long.toString(Math.min(value, Long.parseLong(operator.trim())));
  }
}
