package io.vtsql.adapter;

import static io.vtsql.adapter.ModifierSpec.Kind.DATE;
import static io.vtsql.adapter.ModifierSpec.Kind.IP;
import static io.vtsql.adapter.ModifierSpec.Kind.KEYWORD;
import static io.vtsql.adapter.ModifierSpec.Kind.LIST;
import static io.vtsql.adapter.ModifierSpec.Kind.NUMBER;
import static io.vtsql.adapter.ModifierSpec.Kind.TEXT;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Per-entity pushdown catalogue: which column becomes which search modifier, which columns
 * identify an object for point lookups, and which columns VirusTotal can order by.
 * docs/pushdown.md is the user-facing copy of this table.
 */
public final class SearchModifiers {
  private static final Map<VtEntity, Map<String, ModifierSpec>> MODIFIERS =
      new EnumMap<>(VtEntity.class);
  private static final Map<VtEntity, Map<String, String>> ORDERS = new EnumMap<>(VtEntity.class);
  private static final Map<VtEntity, Set<String>> KEYS = new EnumMap<>(VtEntity.class);

  static {
    // Exactness follows docs/search-language.md: only the meaning of "p:N-" (strictly fewer than
    // N) is documented, so only that term is exact; every other term is pushed as a superset
    // under each plausible reading (bounds, words, case, type groups, CIDR blocks) and its
    // predicate stays in the remainder. Fuzzy hashes (ssdeep, tlsh) search by similarity and
    // have no superset term for equality, so they are not pushed at all.
    put(VtEntity.FILES,
        spec("id", "sha256", KEYWORD, false),
        spec("md5", "md5", KEYWORD, false),
        spec("sha1", "sha1", KEYWORD, false),
        spec("sha256", "sha256", KEYWORD, false),
        spec("type_tag", "type", KEYWORD, false),
        spec("malicious", "p", NUMBER, true),
        spec("size", "size", NUMBER, true),
        spec("first_submission_date", "fs", DATE, false),
        spec("last_submission_date", "ls", DATE, false),
        spec("last_analysis_date", "la", DATE, false),
        spec("times_submitted", "submissions", NUMBER, false),
        spec("unique_sources", "sources", NUMBER, false),
        spec("tags", "tag", LIST, false),
        spec("names", "name", LIST, false),
        spec("meaningful_name", "name", TEXT, false),
        spec("imphash", "imphash", KEYWORD, false),
        spec("vhash", "vhash", KEYWORD, false),
        spec("authentihash", "authentihash", KEYWORD, false),
        spec("detection_names", "engines", LIST, false));
    put(VtEntity.URLS,
        spec("url", "url", TEXT, false),
        spec("title", "title", TEXT, false),
        spec("malicious", "p", NUMBER, true),
        spec("first_submission_date", "fs", DATE, false),
        spec("last_submission_date", "ls", DATE, false),
        spec("last_analysis_date", "la", DATE, false),
        spec("last_http_response_code", "response_code", NUMBER, false),
        spec("tags", "tag", LIST, false),
        spec("detection_names", "engines", LIST, false));
    put(VtEntity.DOMAINS,
        spec("id", "domain", TEXT, false),
        spec("tld", "tld", KEYWORD, false),
        spec("registrar", "registrar", TEXT, false),
        spec("creation_date", "creation_date", DATE, false),
        spec("last_update_date", "last_update_date", DATE, false),
        spec("malicious", "p", NUMBER, true),
        spec("tags", "tag", LIST, false));
    put(VtEntity.IP_ADDRESSES,
        spec("id", "ip", IP, false),
        spec("network", "ip", IP, false),
        spec("asn", "asn", NUMBER, false),
        spec("as_owner", "aso", TEXT, false),
        spec("country", "country", KEYWORD, false),
        spec("malicious", "p", NUMBER, true),
        spec("tags", "tag", LIST, false));

    ORDERS.put(VtEntity.FILES, orders("first_submission_date", "first_submission_date",
        "last_submission_date", "last_submission_date", "malicious", "positives",
        "times_submitted", "times_submitted", "size", "size",
        "unique_sources", "unique_sources"));
    ORDERS.put(VtEntity.URLS, orders("first_submission_date", "first_submission_date",
        "last_submission_date", "last_submission_date", "malicious", "positives",
        "times_submitted", "times_submitted", "last_http_response_code", "status"));
    ORDERS.put(VtEntity.DOMAINS, orders("creation_date", "creation_date",
        "last_modification_date", "last_modification_date",
        "last_update_date", "last_update_date", "malicious", "positives"));
    ORDERS.put(VtEntity.IP_ADDRESSES, orders("last_modification_date", "last_modification_date",
        "malicious", "positives"));

    KEYS.put(VtEntity.FILES, Set.of("id", "md5", "sha1", "sha256"));
    KEYS.put(VtEntity.URLS, Set.of("id", "url"));
    KEYS.put(VtEntity.DOMAINS, Set.of("id"));
    KEYS.put(VtEntity.IP_ADDRESSES, Set.of("id"));
  }

  private SearchModifiers() {}

  /** The modifier a column's predicates become, if any. */
  public static Optional<ModifierSpec> modifier(VtEntity entity, String column) {
    return Optional.ofNullable(MODIFIERS.get(entity).get(column));
  }

  /** Every pushable column of an entity, in catalogue order. */
  public static List<ModifierSpec> modifiers(VtEntity entity) {
    return List.copyOf(MODIFIERS.get(entity).values());
  }

  /** The {@code order} field VirusTotal sorts a column by, if it is an allowed order. */
  public static Optional<String> orderField(VtEntity entity, String column) {
    return Optional.ofNullable(ORDERS.get(entity).get(column));
  }

  /** Columns whose allowed order VirusTotal supports, for error messages. */
  public static Set<String> orderColumns(VtEntity entity) {
    return ORDERS.get(entity).keySet();
  }

  /** Whether equality on the column identifies objects for {@code GET /collection/{id}}. */
  public static boolean isKey(VtEntity entity, String column) {
    return KEYS.get(entity).contains(column);
  }

  /** Key columns, for error messages. */
  public static Set<String> keys(VtEntity entity) {
    return KEYS.get(entity);
  }

  private static ModifierSpec spec(String column, String modifier, ModifierSpec.Kind kind,
      boolean exact) {
    return new ModifierSpec(column, modifier, kind, exact);
  }

  private static void put(VtEntity entity, ModifierSpec... specs) {
    final Map<String, ModifierSpec> map = new LinkedHashMap<>();
    for (ModifierSpec s : specs) {
      VtCatalogue.column(entity, s.column()).orElseThrow();
      map.put(s.column(), s);
    }
    MODIFIERS.put(entity, map);
  }

  private static Map<String, String> orders(String... columnAndField) {
    final Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < columnAndField.length; i += 2) {
      map.put(columnAndField[i], columnAndField[i + 1]);
    }
    return map;
  }
}
