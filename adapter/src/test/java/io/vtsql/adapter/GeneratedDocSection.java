package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A section of a file under docs/ that a test generates from the catalogue: the test fails when the
 * file is out of date, and {@code -Dvtsql.updateDocs=true} rewrites the section instead.
 */
final class GeneratedDocSection {
  private static final String END = "<!-- END GENERATED -->\n";

  private GeneratedDocSection() {}

  /** Checks (or, with {@code vtsql.updateDocs}, rewrites) the section of {@code owner}. */
  static void check(String docName, Class<?> owner, String generated) throws IOException {
    final Path doc = Path.of("").toAbsolutePath().getParent().resolve("docs").resolve(docName);
    final String begin = "<!-- BEGIN GENERATED: " + owner.getSimpleName() + " -->\n";
    final String text = Files.readString(doc, StandardCharsets.UTF_8);
    final int from = text.indexOf(begin);
    final int to = text.indexOf(END, from + 1);
    assertTrue(from >= 0 && to > from, "generated-section markers missing in " + doc);
    if (Boolean.getBoolean("vtsql.updateDocs")) {
      Files.writeString(
          doc,
          text.substring(0, from + begin.length()) + generated + text.substring(to),
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(
        generated,
        text.substring(from + begin.length(), to),
        doc + " is out of date: rerun " + owner.getSimpleName() + " with -Dvtsql.updateDocs=true");
  }
}
