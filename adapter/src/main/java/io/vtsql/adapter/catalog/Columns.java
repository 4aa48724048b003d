package io.vtsql.adapter.catalog;

import static io.vtsql.adapter.catalog.VtColumnType.INTEGER;
import static io.vtsql.adapter.catalog.VtColumnType.TIMESTAMP;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR_ARRAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects the columns of one table, {@code id} first and {@code attributes} last. */
public final class Columns {
  private static final List<String> VERDICTS =
      List.of("malicious", "suspicious", "undetected", "harmless", "timeout");

  private static final Pattern SEARCH_HINT = Pattern.compile(" \\(search: [^)]*\\)");

  private final List<VtColumn> list = new ArrayList<>();
  private boolean raw = true;

  private Columns() {}

  /** Columns of an object table, starting with its {@code id}. */
  public static Columns id(String description) {
    final Columns c = new Columns();
    c.list.add(new VtColumn("id", VARCHAR, VtColumn.Source.ID, List.of(), description));
    return c;
  }

  /**
   * The one column of a table whose rows are plain values ({@link ValueListEndpoint}): each value
   * is the row's identity, and there are no attributes to keep as raw JSON.
   */
  public static Columns value(String name, String description) {
    final Columns c = new Columns();
    c.list.add(new VtColumn(name, VARCHAR, VtColumn.Source.ID, List.of(), description));
    c.raw = false;
    return c;
  }

  /**
   * Adds the attribute columns of {@code type} but those named in {@code except}, for an object
   * type whose objects have the same attributes ({@code private_file} has those of {@code file} but
   * the antivirus ones; rows that are files with notification context have them all). Descriptions
   * lose their search hints: the sharing type may have no search.
   */
  public Columns sharedWith(ObjectType type, Set<String> except) {
    for (VtColumn column : type.columns()) {
      if (column.source() != VtColumn.Source.ID
          && column.source() != VtColumn.Source.RAW_ATTRIBUTES
          && !except.contains(column.name())) {
        list.add(
            new VtColumn(
                column.name(),
                column.type(),
                column.source(),
                column.path(),
                SEARCH_HINT.matcher(column.description()).replaceAll("")));
      }
    }
    return this;
  }

  /** Columns of the elements of a child table (no id of their own). */
  public static Columns element() {
    return new Columns();
  }

  /** A column read from a dotted attribute path. */
  public Columns add(String name, VtColumnType type, String path, String description) {
    list.add(VtColumn.attribute(name, type, path, description));
    return this;
  }

  /** A column read from a dotted path inside the item's {@code context_attributes}. */
  public Columns context(String name, VtColumnType type, String path, String description) {
    list.add(
        new VtColumn(name, type, VtColumn.Source.CONTEXT, List.of(path.split("\\.")), description));
    return this;
  }

  /** The object's own {@code type}, for a table whose rows are objects of several types. */
  public Columns objectType(String name, String description) {
    list.add(new VtColumn(name, VARCHAR, VtColumn.Source.TYPE, List.of(), description));
    return this;
  }

  /** A text attribute of the same name. */
  public Columns text(String name, String description) {
    return add(name, VARCHAR, name, description);
  }

  /** An integer attribute of the same name. */
  public Columns integer(String name, String description) {
    return add(name, INTEGER, name, description);
  }

  /** A list-of-strings attribute of the same name. */
  public Columns list(String name, String description) {
    return add(name, VARCHAR_ARRAY, name, description);
  }

  /** A boolean attribute of the same name. */
  public Columns bool(String name, String description) {
    return add(name, VtColumnType.BOOLEAN, name, description);
  }

  /** A timestamp attribute of the same name (UTC epoch seconds in the API). */
  public Columns dates(String name, String description) {
    return add(name, TIMESTAMP, name, description + " (UTC)");
  }

  /** The verdict counts of {@code last_analysis_stats} and the community votes. */
  public Columns stats() {
    for (String s : VERDICTS) {
      add(
          s,
          INTEGER,
          "last_analysis_stats." + s,
          "Engines whose verdict in the last analysis was "
              + s
              + (s.equals("malicious") ? " (search: p:)" : ""));
    }
    add("votes_harmless", INTEGER, "total_votes.harmless", "Community votes saying harmless");
    add("votes_malicious", INTEGER, "total_votes.malicious", "Community votes saying malicious");
    return this;
  }

  /** The distinct malicious or suspicious labels of {@code last_analysis_results}. */
  public Columns detectionNames() {
    list.add(
        new VtColumn(
            "detection_names",
            VARCHAR_ARRAY,
            VtColumn.Source.DETECTION_NAMES,
            List.of("last_analysis_results"),
            "Distinct detection names of the last analysis, in engine order (search: engines:)"));
    return this;
  }

  /** The columns, with the raw {@code attributes} JSON last (none for plain values). */
  List<VtColumn> build() {
    final List<VtColumn> all = new ArrayList<>(list);
    if (!raw) {
      return List.copyOf(all);
    }
    all.add(
        new VtColumn(
            "attributes",
            VARCHAR,
            VtColumn.Source.RAW_ATTRIBUTES,
            List.of(),
            "All attributes as raw JSON, for JSON_VALUE/JSON_QUERY"));
    return List.copyOf(all);
  }

  /** The columns without the raw JSON (a child table adds its own). */
  List<VtColumn> plain() {
    return List.copyOf(list);
  }
}
