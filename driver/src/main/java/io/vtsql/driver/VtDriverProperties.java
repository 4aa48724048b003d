package io.vtsql.driver;

import java.sql.DriverPropertyInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code jdbc:vt:} connection properties as {@code Driver.getPropertyInfo} reports them, so
 * that tools such as DBeaver offer them, with a description, in their property editors.
 */
final class VtDriverProperties {
  private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

  static {
    DESCRIPTIONS.put(
        VtConnectionSettings.API_KEY,
        "VirusTotal API key (default: the VT_API_KEY"
            + " environment variable; with neither, the embedded simulator is queried)");
    DESCRIPTIONS.put(
        VtConnectionSettings.BASE_URL, "API base URL (default https://www.virustotal.com/api/v3)");
    DESCRIPTIONS.put(
        "pushdown",
        "true (default): let VirusTotal filter, sort and limit;" + " false: do everything locally");
    DESCRIPTIONS.put("maxRequests", "Most API requests one statement may send (default 1000)");
    DESCRIPTIONS.put("cache", "true/false: cache responses (per API key)");
    DESCRIPTIONS.put("cacheTtl", "How long cached responses stay fresh (seconds or PT1H)");
    DESCRIPTIONS.put("cacheMaxEntries", "Most responses kept in memory");
    DESCRIPTIONS.put(
        "cacheMaxBytes",
        "Most heap bytes each cache (responses, objects) may hold, e.g. 64m; default 1/16 of the heap");
    DESCRIPTIONS.put("cacheDir", "Directory of a persistent response cache");
    DESCRIPTIONS.put(
        "tier",
        "public or premium: the key's rate-limit preset; auto: premium, with the licences read"
            + " once from the key's user (needs vtUser)");
    DESCRIPTIONS.put(
        "licences",
        "Add-on products a premium key holds: all (default), none, or a list of livehunt,"
            + " retrohunt, private_scanning, monitor");
    DESCRIPTIONS.put(
        "vtUser",
        "Username of the key's own user, for the my_quotas, my_privileges and my_api_usage"
            + " tables and tier=auto (the key is never put in a URL)");
    DESCRIPTIONS.put("maxAttempts", "Attempts per request on 429/5xx/timeouts");
    DESCRIPTIONS.put("maxRetryTime", "Longest time spent retrying one request");
    DESCRIPTIONS.put("connectTimeout", "HTTP connect timeout (seconds or ISO-8601)");
    DESCRIPTIONS.put("readTimeout", "HTTP read timeout (seconds or ISO-8601)");
    DESCRIPTIONS.put("callTimeout", "Whole-request timeout (seconds or ISO-8601)");
    DESCRIPTIONS.put("maxBodyBytes", "Most bytes of one response body, e.g. 16m (default 64m)");
    DESCRIPTIONS.put(
        "rateShare",
        "A file through which all processes on this machine share the" + " key's rate limits");
  }

  private VtDriverProperties() {}

  /** The vtsql properties, with the values already given in {@code info}; never the key. */
  static DriverPropertyInfo[] describe(Properties info) {
    List<DriverPropertyInfo> list = new ArrayList<>();
    DESCRIPTIONS.forEach(
        (name, description) -> {
          String value =
              info.stringPropertyNames().stream()
                  .filter(name::equalsIgnoreCase)
                  .findFirst()
                  .map(info::getProperty)
                  .orElse(null);
          DriverPropertyInfo property =
              new DriverPropertyInfo(
                  name,
                  value != null && name.equals(VtConnectionSettings.API_KEY)
                      ? VtConnectionSettings.MASKED_KEY
                      : value);
          property.description = description;
          property.required = false;
          list.add(property);
        });
    return list.toArray(new DriverPropertyInfo[0]);
  }
}
