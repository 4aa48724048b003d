package io.vtsql.adapter.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One column of a VirusTotal table: its SQL name and type, where its value lives in the object
 * JSON, and a one-line description (used for JDBC remarks).
 *
 * @param name SQL column name
 * @param type SQL type
 * @param source where the value comes from
 * @param path attribute path under {@code attributes} for {@link Source#ATTRIBUTE} and {@link
 *     Source#DETECTION_NAMES}, under {@code context_attributes} for {@link Source#CONTEXT}, else
 *     empty; a {@code *} step reads the rest of the path from every element of an array
 * @param description one line for users
 */
public record VtColumn(
    String name, VtColumnType type, Source source, List<String> path, String description) {

  /** Where a column's value comes from. */
  public enum Source {
    /** The object's {@code id}. */
    ID,
    /** A value inside {@code attributes}, found by {@link #path()}. */
    ATTRIBUTE,
    /** The object's {@code type}, for tables whose rows are objects of several types. */
    TYPE,
    /**
     * A value inside the item's {@code context_attributes} (what a list adds to each object, e.g.
     * the Livehunt notification a file matched), found by {@link #path()}.
     */
    CONTEXT,
    /** The whole {@code attributes} object as JSON text. */
    RAW_ATTRIBUTES,
    /**
     * The distinct non-null {@code result} strings of the engines under {@link #path()} ({@code
     * last_analysis_results}), in engine order: what {@code engines:} searches.
     */
    DETECTION_NAMES
  }

  public VtColumn {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(source, "source");
    path = List.copyOf(path);
    requireNonNull(description, "description");
  }

  /** Column read from a dotted attribute path such as {@code last_analysis_stats.malicious}. */
  public static VtColumn attribute(
      String name, VtColumnType type, String dottedPath, String description) {
    return new VtColumn(
        name, type, Source.ATTRIBUTE, List.of(dottedPath.split("\\.")), description);
  }

  /** Whether the column can be served from a search descriptor ({@code {type, id}}) alone. */
  public boolean inDescriptor() {
    return source == Source.ID || source == Source.TYPE;
  }
}
