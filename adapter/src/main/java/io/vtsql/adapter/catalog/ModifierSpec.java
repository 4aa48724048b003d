package io.vtsql.adapter.catalog;

import static java.util.Objects.requireNonNull;

/**
 * How one column maps to a search modifier, and how exactly VirusTotal's matching agrees with SQL's
 * for it (an inexact match is pushed as a superset and re-checked locally).
 *
 * @param column SQL column name
 * @param modifier search modifier without the colon, e.g. {@code p}
 * @param kind how values and operators are written
 * @param exact whether a pushed term can select exactly the rows the SQL predicate selects: true
 *     only where VirusTotal documents the meaning (the strict {@code N-} bound of {@code p:});
 *     otherwise every term is a superset re-checked locally
 */
public record ModifierSpec(String column, String modifier, Kind kind, boolean exact) {

  /** Value shapes of modifiers. */
  public enum Kind {
    /** Integer with {@code +}/{@code -} bounds: {@code =, <, <=, >, >=, BETWEEN}. */
    NUMBER,
    /** Timestamp with {@code +}/{@code -} bounds, written {@code YYYY-MM-DDTHH:MM:SS} (UTC). */
    DATE,
    /** Whole-value string match: {@code =} (and {@code IN}). */
    KEYWORD,
    /** Word/token match: {@code =} becomes the quoted whole value, a superset; LIKE stays local. */
    TEXT,
    /** Membership in a list column: {@code ARRAY_CONTAINS(col, 'x')} or {@code 'x' = ANY(col)}. */
    LIST,
    /** IP address or CIDR: {@code id = '1.2.3.4'}, {@code network = '1.2.3.0/24'}. */
    IP,
    /** Block containment, {@code vt_ip_in(id, '1.2.3.0/24')}: a value that is no block fails. */
    CIDR,
    /**
     * A true/false attribute: {@code WHERE col} is {@code mod:true}, {@code NOT col} {@code
     * mod:false}.
     */
    BOOLEAN
  }

  public ModifierSpec {
    requireNonNull(column, "column");
    requireNonNull(modifier, "modifier");
    requireNonNull(kind, "kind");
  }
}
