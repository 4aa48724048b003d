package io.vtsql.adapter.catalog;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a table accepts as writes, declared once with its type: for each of INSERT, UPDATE and
 * DELETE the request it sends ({@link Request}: method, path template, body shape, the columns that
 * fill it). A table without a declaration is read-only. EXPLAIN, the request budget, the executor
 * and docs/writes.md all read from here.
 *
 * @param insert what {@code INSERT} sends per row (or per batch of rows)
 * @param update what {@code UPDATE ... SET ... WHERE <keys>} sends per row
 * @param delete what {@code DELETE ... WHERE <keys>} sends per row (or per batch)
 * @param keys the columns that name the rows of an UPDATE or DELETE ({@code id}, or {@code
 *     collection_id} and {@code id} for a collection's items)
 */
public record Writes(
    Optional<Request> insert,
    Optional<Request> update,
    Optional<Request> delete,
    List<String> keys) {
  /** A read-only table. */
  public static final Writes NONE =
      new Writes(Optional.empty(), Optional.empty(), Optional.empty(), List.of());

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

  public Writes {
    requireNonNull(insert, "insert");
    requireNonNull(update, "update");
    requireNonNull(delete, "delete");
    keys = List.copyOf(keys);
  }

  /** Whether the table accepts any write. */
  public boolean any() {
    return insert.isPresent() || update.isPresent() || delete.isPresent();
  }

  /** How a write's rows become a request body. */
  public enum Body {
    /** {@code {"data": {"type": T, "attributes": {...}}}}, one row per request. */
    OBJECT,
    /**
     * {@code {"data": [{"type": T, "id": ...}, ...]}}: rows with the same path share a request, up
     * to {@link Request#batch()} descriptors each.
     */
    DESCRIPTORS,
    /**
     * {@code {"data": {"positive": 1, "negative": 0, "abuse": 0}}}: each field is 1 when its column
     * is incremented, else 0 (a vote on a comment).
     */
    COUNTS,
    /** No body. */
    NONE
  }

  /**
   * A column that fills the body.
   *
   * @param column the SQL column
   * @param attribute the body member it becomes ({@code text}, {@code verdict}, {@code positive})
   * @param required whether an INSERT must give it (not NULL)
   * @param allowed the only values VirusTotal takes (empty: any)
   */
  public record Field(String column, String attribute, boolean required, List<String> allowed) {
    public Field {
      requireNonNull(column, "column");
      requireNonNull(attribute, "attribute");
      allowed = List.copyOf(allowed);
    }
  }

  /**
   * One kind of request a write sends.
   *
   * @param method POST, PATCH or DELETE
   * @param path path template; {@code {column}} is the row's value of that column as an id
   * @param body the body's shape
   * @param dataType {@code data.type} of the body (for descriptors: of the items)
   * @param fields the columns that fill the body
   * @param batch most rows one request carries (1 unless the body is {@link Body#DESCRIPTORS})
   * @param invalidates path templates whose cached reads the write makes stale (besides its own)
   * @param check how to find out whether a write whose outcome is unknown happened, a SQL template
   */
  public record Request(
      String method,
      String path,
      Body body,
      String dataType,
      List<Field> fields,
      int batch,
      List<String> invalidates,
      String check) {
    public Request {
      requireNonNull(method, "method");
      requireNonNull(path, "path");
      requireNonNull(body, "body");
      fields = List.copyOf(fields);
      invalidates = List.copyOf(invalidates);
      requireNonNull(check, "check");
      if (batch < 1 || batch > 1 && body != Body.DESCRIPTORS) {
        throw new IllegalArgumentException("only descriptor bodies are batched: " + path);
      }
    }

    /** The columns the path template names, in order. */
    public List<String> pathColumns() {
      return placeholders(path);
    }

    /** {@code POST /files/{file_id}/comments}. */
    public String describe() {
      return method + " " + path;
    }

    /** The field of a column, if the body takes it. */
    public Optional<Field> field(String column) {
      return fields.stream().filter(f -> f.column().equals(column)).findFirst();
    }
  }

  /** The {@code {column}} names of a template, in order. */
  public static List<String> placeholders(String template) {
    final List<String> out = new ArrayList<>();
    final Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** A declaration with only an INSERT. */
  public static Writes insert(Request insert) {
    return new Writes(Optional.of(insert), Optional.empty(), Optional.empty(), List.of());
  }

  /** A copy that also takes UPDATE ... WHERE on {@code keys}. */
  public Writes withUpdate(Request request, String... keyColumns) {
    return new Writes(insert, Optional.of(request), delete, keys(keyColumns));
  }

  /** A copy that also takes DELETE ... WHERE on {@code keys}. */
  public Writes withDelete(Request request, String... keyColumns) {
    return new Writes(insert, update, Optional.of(request), keys(keyColumns));
  }

  private List<String> keys(String... keyColumns) {
    final List<String> k = Arrays.asList(keyColumns);
    if (!keys.isEmpty() && !keys.equals(k)) {
      throw new IllegalArgumentException("UPDATE and DELETE name rows by the same keys");
    }
    return k;
  }

  /** A required field. */
  public static Field required(String column, String attribute, String... allowed) {
    return new Field(column, attribute, true, List.of(allowed));
  }

  /** An optional field. */
  public static Field optional(String column, String attribute) {
    return new Field(column, attribute, false, List.of());
  }
}
