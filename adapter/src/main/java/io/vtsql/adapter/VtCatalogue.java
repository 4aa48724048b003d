package io.vtsql.adapter;

import static io.vtsql.adapter.VtColumnType.BIGINT;
import static io.vtsql.adapter.VtColumnType.INTEGER;
import static io.vtsql.adapter.VtColumnType.TIMESTAMP;
import static io.vtsql.adapter.VtColumnType.VARCHAR;
import static io.vtsql.adapter.VtColumnType.VARCHAR_ARRAY;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The static column catalogue of every table: built once, never from the API, so metadata
 * enumeration by BI tools costs no request.
 */
public final class VtCatalogue {
  private static final Map<VtEntity, List<VtColumn>> COLUMNS = new EnumMap<>(VtEntity.class);

  static {
    COLUMNS.put(VtEntity.FILES, files());
    COLUMNS.put(VtEntity.URLS, urls());
    COLUMNS.put(VtEntity.DOMAINS, domains());
    COLUMNS.put(VtEntity.IP_ADDRESSES, ipAddresses());
  }

  private VtCatalogue() {}

  /** Columns of a table in their SQL order ({@code id} first, {@code attributes} last). */
  public static List<VtColumn> columns(VtEntity entity) {
    return COLUMNS.get(entity);
  }

  /** Finds a column by name, ignoring case. */
  public static Optional<VtColumn> column(VtEntity entity, String name) {
    final String n = name.toLowerCase(Locale.ROOT);
    return columns(entity).stream().filter(c -> c.name().equals(n)).findFirst();
  }

  /** Ordinal of a column in its table's row type. */
  public static int ordinal(VtEntity entity, String name) {
    final List<VtColumn> cols = columns(entity);
    for (int i = 0; i < cols.size(); i++) {
      if (cols.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + name + " in " + entity.tableName());
  }

  private static List<VtColumn> files() {
    final Cols c = new Cols("SHA-256 of the file (the object id); id = ... also finds a file by"
        + " its MD5 or SHA-1, in any letter case");
    c.add("md5", VARCHAR, "md5", "MD5 of the file");
    c.add("sha1", VARCHAR, "sha1", "SHA-1 of the file");
    c.add("sha256", VARCHAR, "sha256", "SHA-256 of the file");
    c.add("size", BIGINT, "size", "Size in bytes");
    c.add("type_tag", VARCHAR, "type_tag", "Main file type tag, e.g. peexe (search: type:)");
    c.add("type_description", VARCHAR, "type_description", "Human-readable file type");
    c.add("type_extension", VARCHAR, "type_extension", "Usual file name extension of the type");
    c.add("type_tags", VARCHAR_ARRAY, "type_tags", "All type tags of the file");
    c.add("magic", VARCHAR, "magic", "libmagic description");
    c.add("meaningful_name", VARCHAR, "meaningful_name", "Most interesting submitted name");
    c.add("names", VARCHAR_ARRAY, "names", "All names the file was submitted with");
    c.add("imphash", VARCHAR, "pe_info.imphash", "PE import hash (pe_info.imphash)");
    c.add("ssdeep", VARCHAR, "ssdeep", "ssdeep fuzzy hash");
    c.add("tlsh", VARCHAR, "tlsh", "TLSH fuzzy hash");
    c.add("vhash", VARCHAR, "vhash", "VirusTotal structural similarity hash");
    c.add("authentihash", VARCHAR, "authentihash", "Authenticode hash of a PE");
    c.dates("first_submission_date", "First time the file was submitted");
    c.dates("last_submission_date", "Last time the file was submitted");
    c.dates("last_analysis_date", "Time of the latest analysis");
    c.dates("last_modification_date", "Last time the object changed");
    c.dates("creation_date", "Build time claimed by the file (e.g. PE timestamp)");
    c.dates("first_seen_itw_date", "First time the file was seen in the wild");
    c.add("times_submitted", INTEGER, "times_submitted", "Number of submissions");
    c.add("unique_sources", INTEGER, "unique_sources", "Number of distinct submitters");
    c.add("reputation", INTEGER, "reputation", "Community reputation score");
    c.stats();
    c.add("confirmed_timeout", INTEGER, "last_analysis_stats.confirmed-timeout",
        "Engines whose analysis timed out after confirmation");
    c.add("failure", INTEGER, "last_analysis_stats.failure", "Engines that failed");
    c.add("type_unsupported", INTEGER, "last_analysis_stats.type-unsupported",
        "Engines that do not support the file type");
    c.add("suggested_threat_label", VARCHAR,
        "popular_threat_classification.suggested_threat_label",
        "Suggested threat label, e.g. trojan.emotet/generic");
    c.add("tags", VARCHAR_ARRAY, "tags", "Tags (search: tag:)");
    c.detectionNames();
    return c.finish();
  }

  private static List<VtColumn> urls() {
    final Cols c = new Cols("SHA-256 of the canonical URL (the object id)");
    c.add("url", VARCHAR, "url", "The URL");
    c.add("last_final_url", VARCHAR, "last_final_url", "URL after redirects at the last analysis");
    c.add("title", VARCHAR, "title", "HTML title of the page");
    c.dates("first_submission_date", "First time the URL was submitted");
    c.dates("last_submission_date", "Last time the URL was submitted");
    c.dates("last_analysis_date", "Time of the latest analysis");
    c.dates("last_modification_date", "Last time the object changed");
    c.add("times_submitted", INTEGER, "times_submitted", "Number of submissions");
    c.add("reputation", INTEGER, "reputation", "Community reputation score");
    c.add("last_http_response_code", INTEGER, "last_http_response_code",
        "HTTP status of the last fetch");
    c.add("last_http_response_content_length", BIGINT, "last_http_response_content_length",
        "Body length of the last fetch");
    c.add("last_http_response_content_sha256", VARCHAR, "last_http_response_content_sha256",
        "SHA-256 of the body of the last fetch");
    c.add("threat_names", VARCHAR_ARRAY, "threat_names", "Threat names associated with the URL");
    c.stats();
    c.add("tags", VARCHAR_ARRAY, "tags", "Tags (search: tag:)");
    c.detectionNames();
    return c.finish();
  }

  private static List<VtColumn> domains() {
    final Cols c = new Cols("The domain name (the object id)");
    c.add("registrar", VARCHAR, "registrar", "Registrar of the domain");
    c.add("tld", VARCHAR, "tld", "Top-level domain");
    c.dates("creation_date", "Registration date from WHOIS");
    c.dates("last_update_date", "Last WHOIS update date");
    c.dates("last_analysis_date", "Time of the latest analysis");
    c.dates("last_modification_date", "Last time the object changed");
    c.dates("last_dns_records_date", "Time of the last DNS resolution");
    c.dates("whois_date", "Time of the last WHOIS lookup");
    c.add("jarm", VARCHAR, "jarm", "JARM TLS fingerprint");
    c.add("reputation", INTEGER, "reputation", "Community reputation score");
    c.stats();
    c.add("tags", VARCHAR_ARRAY, "tags", "Tags (search: tag:)");
    return c.finish();
  }

  private static List<VtColumn> ipAddresses() {
    final Cols c = new Cols("The IP address literal (the object id)");
    c.add("asn", INTEGER, "asn", "Autonomous system number");
    c.add("as_owner", VARCHAR, "as_owner", "Owner of the autonomous system");
    c.add("country", VARCHAR, "country", "ISO country code");
    c.add("continent", VARCHAR, "continent", "Continent code");
    c.add("network", VARCHAR, "network", "Announced network in CIDR notation");
    c.add("regional_internet_registry", VARCHAR, "regional_internet_registry",
        "Regional internet registry");
    c.add("jarm", VARCHAR, "jarm", "JARM TLS fingerprint");
    c.dates("last_analysis_date", "Time of the latest analysis");
    c.dates("last_modification_date", "Last time the object changed");
    c.dates("whois_date", "Time of the last WHOIS lookup");
    c.add("reputation", INTEGER, "reputation", "Community reputation score");
    c.stats();
    c.add("tags", VARCHAR_ARRAY, "tags", "Tags (search: tag:)");
    return c.finish();
  }

  /** Collects the columns of one table, {@code id} first and {@code attributes} last. */
  private static final class Cols {
    private final List<VtColumn> list = new ArrayList<>();

    Cols(String idDescription) {
      list.add(new VtColumn("id", VARCHAR, VtColumn.Source.ID, List.of(), idDescription));
    }

    void add(String name, VtColumnType type, String path, String description) {
      list.add(VtColumn.attribute(name, type, path, description));
    }

    void dates(String name, String description) {
      add(name, TIMESTAMP, name, description + " (UTC)");
    }

    void stats() {
      for (String s : List.of("malicious", "suspicious", "undetected", "harmless", "timeout")) {
        add(s, INTEGER, "last_analysis_stats." + s,
            "Engines whose verdict in the last analysis was " + s
                + (s.equals("malicious") ? " (search: p:)" : ""));
      }
      add("votes_harmless", INTEGER, "total_votes.harmless", "Community votes saying harmless");
      add("votes_malicious", INTEGER, "total_votes.malicious", "Community votes saying malicious");
    }

    void detectionNames() {
      list.add(new VtColumn("detection_names", VARCHAR_ARRAY, VtColumn.Source.DETECTION_NAMES,
          List.of("last_analysis_results"),
          "Distinct detection names of the last analysis, in engine order (search: engines:)"));
    }

    List<VtColumn> finish() {
      list.add(new VtColumn("attributes", VARCHAR, VtColumn.Source.RAW_ATTRIBUTES, List.of(),
          "All attributes as raw JSON, for JSON_VALUE/JSON_QUERY"));
      return List.copyOf(list);
    }
  }
}
