package io.vtsql.driver;

import static java.util.Objects.requireNonNull;

import io.vtsql.simulator.VtSimulator;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.calcite.config.CalciteConnectionProperty;

/**
 * The settings of one {@code jdbc:vt:} connection: which VirusTotal endpoint and key it uses, the
 * operands of its {@code vt} schema, and the Calcite properties it is opened with.
 *
 * <p>With no API key at all (neither the {@code apiKey} property nor {@code VT_API_KEY}) and no
 * {@code baseUrl}, the connection talks to the embedded simulator.
 */
final class VtConnectionSettings {
  static final String API_KEY = "apiKey";
  static final String BASE_URL = "baseUrl";
  static final String API_KEY_ENV = "VT_API_KEY";
  static final String VIRUSTOTAL_BASE_URL = "https://www.virustotal.com/api/v3";
  static final String MASKED_KEY = "********";

  private static final Set<String> CALCITE_PROPERTIES =
      Stream.of(CalciteConnectionProperty.values())
          .map(p -> p.camelName().toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());

  private final Properties calciteProperties;
  private final Map<String, Object> schemaOperand;
  private final String target;
  private final boolean simulator;

  private VtConnectionSettings(
      Properties calciteProperties,
      Map<String, Object> schemaOperand,
      String target,
      boolean simulator) {
    this.calciteProperties = requireNonNull(calciteProperties, "calciteProperties");
    this.schemaOperand = requireNonNull(schemaOperand, "schemaOperand");
    this.target = requireNonNull(target, "target");
    this.simulator = simulator;
  }

  /** Resolves the settings from the merged URL and info properties and the environment. */
  static VtConnectionSettings resolve(Properties properties, Map<String, String> env)
      throws SQLException {
    Properties calcite = new Properties();
    calcite.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "false");
    calcite.setProperty(CalciteConnectionProperty.UNQUOTED_CASING.camelName(), "UNCHANGED");
    calcite.setProperty(CalciteConnectionProperty.QUOTED_CASING.camelName(), "UNCHANGED");
    // Spark's library adds ARRAY_CONTAINS, which the adapter pushes down as tag:/name: terms.
    calcite.setProperty(CalciteConnectionProperty.FUN.camelName(), "standard,spark");
    // VirusTotal sorts missing values last in both directions; with the same default a plain
    // ORDER BY x DESC means what VirusTotal's order=x- returns, so it can be pushed down.
    calcite.setProperty(CalciteConnectionProperty.DEFAULT_NULL_COLLATION.camelName(), "LAST");
    Map<String, Object> operand = new HashMap<>();
    for (String name : properties.stringPropertyNames()) {
      String value = properties.getProperty(name);
      if (CALCITE_PROPERTIES.contains(name.toLowerCase(Locale.ROOT))) {
        calcite.setProperty(name, value);
      } else if (!name.equalsIgnoreCase(API_KEY) && !name.equalsIgnoreCase(BASE_URL)) {
        operand.put(name, value);
      }
    }
    String apiKey = blankToNull(property(properties, API_KEY));
    if (apiKey == null) {
      apiKey = blankToNull(env.get(API_KEY_ENV));
    }
    String baseUrl = blankToNull(property(properties, BASE_URL));
    String target;
    boolean simulator = apiKey == null && baseUrl == null;
    if (simulator) {
      VtSimulator embedded = EmbeddedSimulator.instance();
      apiKey = embedded.premiumKey();
      baseUrl = embedded.baseUrl();
      target = "the embedded VirusTotal simulator at " + baseUrl;
    } else if (apiKey == null) {
      throw new SQLException(
          "vtsql: no API key for "
              + baseUrl
              + ": set the apiKey connection property or the VT_API_KEY environment variable",
          "28000");
    } else {
      if (baseUrl == null) {
        baseUrl = VIRUSTOTAL_BASE_URL;
      }
      target =
          (baseUrl.equals(VIRUSTOTAL_BASE_URL) ? "VirusTotal at " : "the VirusTotal API at ")
              + baseUrl;
    }
    operand.put(BASE_URL, baseUrl);
    operand.put(API_KEY, apiKey);
    calcite.setProperty(API_KEY, MASKED_KEY);
    return new VtConnectionSettings(calcite, operand, target, simulator);
  }

  /**
   * The value of a property whose name is matched case-insensitively (property names are documented
   * so), or null; the same name given twice in different cases is an error rather than a silent
   * choice between two keys or endpoints.
   */
  static String property(Properties properties, String name) throws SQLException {
    String found = null;
    String foundName = null;
    for (String candidate : properties.stringPropertyNames()) {
      if (candidate.equalsIgnoreCase(name)) {
        if (foundName != null) {
          throw new SQLException(
              "vtsql: connection property "
                  + name
                  + " is given twice ("
                  + foundName
                  + ", "
                  + candidate
                  + ")",
              "HY024");
        }
        foundName = candidate;
        found = properties.getProperty(candidate);
      }
    }
    return found;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** Properties for the underlying Calcite connection; the API key appears only masked. */
  Properties calciteProperties() {
    return calciteProperties;
  }

  /** Operands of the {@code vt} schema, including the API key itself. */
  Map<String, Object> schemaOperand() {
    return schemaOperand;
  }

  /** Whether the connection talks to the embedded simulator. */
  boolean isSimulator() {
    return simulator;
  }

  /** Says in words which VirusTotal endpoint the connection talks to. */
  String target() {
    return target;
  }

  @Override
  public String toString() {
    return "VtConnectionSettings{" + target + "}";
  }
}
