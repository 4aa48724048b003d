package io.vtsql.simulator.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quoted values cannot add modifiers or operators: quotes, colons, parentheses, backslashes and the
 * words AND/OR/NOT inside a quoted value stay part of that one value.
 */
class InjectionTest {

  private static final IntelligenceSearch SEARCH =
      new IntelligenceSearch(
          new TestCorpus()
              .add(
                  "file",
                  "plain",
                  "{\"names\": [\"x.exe\"], \"last_analysis_stats\": {\"malicious\": 1}}")
              .add(
                  "file",
                  "quoted",
                  "{\"names\": [\"evil\\\" OR p:0+.exe\"],"
                      + " \"last_analysis_stats\": {\"malicious\": 0}}")
              .add("file", "paren", "{\"names\": [\"a (1) OR b.exe\"]}")
              .add("file", "path", "{\"names\": [\"C:\\\\temp\\\\x\\\\\"]}")
              .add("file", "words", "{\"names\": [\"copy AND paste NOT here\"]}")
              .build(),
          SearchSemantics.strictest().withText(SearchSemantics.Text.SUBSTRING));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // would match everything with positives if the value leaked: must match nothing
        "name:\"x\\\" OR p:0+\"|",
        "name:\"zzz\\\" OR name:\\\"x\"|",
        "name:\"zzz) OR (p:0+\"|",
        "name:\"zzz OR p:0+\"|",
        // the escaped value itself is found literally
        "name:\"evil\\\" OR p:0+\"|quoted",
        "name:\"a (1) OR b\"|paren",
        "name:\"C:\\\\temp\\\\x\\\\\"|path",
        "name:\"C:\\temp\"|path",
        "name:\"copy AND paste NOT\"|words",
        "name:\"\\\"\"|quoted",
        "(name:\"(1)\" OR name:\"AND\") NOT name:\"x.exe\"|paren words",
      })
  void quotedValuesStayOneValue(String query, String expected) {
    Set<String> want = expected == null ? Set.of() : Set.of(expected.split(" "));
    assertEquals(new java.util.TreeSet<>(want), Hits.idSet(SEARCH.search(query, null)), query);
  }
}
