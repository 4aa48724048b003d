package io.vtsql.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A markdown table built row by row; cells are escaped so a SQL text cannot break it. */
final class MarkdownTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  MarkdownTable(String... header) {
    this.header = List.of(header);
  }

  /** Appends one row; its cells are rendered with {@link String#valueOf(Object)}. */
  MarkdownTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "expected " + header.size() + " cells, got " + cells.length);
    }
    final List<String> row = new ArrayList<>();
    for (Object c : cells) {
      row.add(String.valueOf(c));
    }
    rows.add(row);
    return this;
  }

  /** Formats a ratio or measurement with two decimals, the way every table shows them. */
  static String num(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (Double.isInfinite(value)) {
      return "∞";
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  @Override
  public String toString() {
    final StringBuilder b = new StringBuilder();
    line(b, header);
    b.append('|');
    header.forEach(h -> b.append(" --- |"));
    b.append('\n');
    rows.forEach(r -> line(b, r));
    return b.toString();
  }

  private static void line(StringBuilder b, List<String> cells) {
    b.append('|');
    for (String c : cells) {
      b.append(' ').append(c.replace("|", "\\|").replace("\n", " ")).append(" |");
    }
    b.append('\n');
  }
}
