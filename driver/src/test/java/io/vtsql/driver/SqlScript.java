package io.vtsql.driver;

import java.util.ArrayList;
import java.util.List;

/** Splits a .sql file into statements: drops {@code --} comments, splits at {@code ;}. */
final class SqlScript {
  private SqlScript() {}

  static List<String> statements(String script) {
    StringBuilder text = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.startsWith("--") && !trimmed.startsWith("!")) {
        text.append(line).append('\n');
      }
    }
    List<String> statements = new ArrayList<>();
    for (String statement : text.toString().split(";")) {
      if (!statement.isBlank()) {
        statements.add(statement.strip());
      }
    }
    return statements;
  }
}
