package io.vtsql.driver;

import io.vtsql.adapter.catalog.Catalog;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.RelationshipColumn;
import io.vtsql.adapter.catalog.RelationshipDef;
import io.vtsql.adapter.catalog.VtColumn;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Adds a hint to the message of a bad statement: the closest table or column name of the {@code vt}
 * schema for a misspelt one ({@code did you mean 'files'?}), and how to quote a reserved word used
 * as a column name ({@code date}). Names come from the static catalogue.
 */
final class ErrorHints {
  private static final Pattern UNKNOWN_TABLE =
      Pattern.compile("(?:Object|Table) '([^']+)' not found");
  private static final Pattern UNKNOWN_COLUMN = Pattern.compile("Column '([^']+)' not found");
  private static final Pattern RESERVED_TOKEN =
      Pattern.compile("Encountered \"([A-Za-z_]+)|near the keyword '([A-Za-z_]+)'");
  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();
  private static final SqlAbstractParserImpl.Metadata PARSER = SqlParser.create("").getMetadata();
  private static final Set<String> TABLES = tableNames();
  private static final Set<String> COLUMNS = columnNames();

  private ErrorHints() {}

  /** The message, followed by a hint where one applies. */
  static String withHint(String message, Throwable failure) {
    return hint(message, failure).map(hint -> message + " (" + hint + ")").orElse(message);
  }

  private static Optional<String> hint(String message, Throwable failure) {
    Matcher table = UNKNOWN_TABLE.matcher(message);
    if (table.find()) {
      return closest(table.group(1), TABLES).map(name -> "did you mean '" + name + "'?");
    }
    Matcher column = UNKNOWN_COLUMN.matcher(message);
    if (column.find()) {
      return closest(column.group(1), COLUMNS).map(name -> "did you mean '" + name + "'?");
    }
    Matcher token = RESERVED_TOKEN.matcher(message);
    if (isParseError(failure) && token.find()) {
      String word =
          (token.group(1) != null ? token.group(1) : token.group(2)).toLowerCase(Locale.ROOT);
      if (PARSER.isReservedWord(word.toUpperCase(Locale.ROOT))
          && (COLUMNS.contains(word) || TABLES.contains(word))) {
        return Optional.of(word + " is a reserved word: quote it as \"" + word + "\"");
      }
    }
    return Optional.empty();
  }

  /** The known name nearest to a misspelt one, if it is near enough to be a likely typo. */
  static Optional<String> closest(String misspelt, Set<String> names) {
    String wanted = misspelt.toLowerCase(Locale.ROOT);
    int tolerance = Math.max(2, wanted.length() / 3);
    return names.stream()
        .filter(name -> DISTANCE.apply(wanted, name) <= tolerance)
        .min(
            Comparator.comparingInt((String name) -> DISTANCE.apply(wanted, name))
                .thenComparing(Comparator.naturalOrder()));
  }

  private static boolean isParseError(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SqlParseException) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> tableNames() {
    Set<String> names = new TreeSet<>();
    for (ObjectType entity : Catalog.tables()) {
      names.add(entity.tableName());
    }
    Catalog.relationships().forEach(def -> names.add(def.tableName()));
    return names;
  }

  private static Set<String> columnNames() {
    Set<String> names = new TreeSet<>();
    for (ObjectType entity : Catalog.tables()) {
      entity.columns().stream().map(VtColumn::name).forEach(names::add);
    }
    for (RelationshipDef def : Catalog.relationships()) {
      def.columns().stream().map(RelationshipColumn::name).forEach(names::add);
    }
    return names;
  }
}
