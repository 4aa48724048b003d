package io.vtsql.simulator.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tokenizer and parser: precedence, grouping, quoting, escapes and syntax errors. */
class ParserTest {

  private static String parse(String query) {
    return Parser.parse(query).toString();
  }

  @Test
  void whitespaceIsAnd() {
    assertEquals("(AND p:\"5+\" type:\"peexe\")", parse("p:5+ type:peexe"));
  }

  @Test
  void explicitAndEqualsImplicitAnd() {
    assertEquals(parse("p:5+ type:peexe tag:signed"), parse("p:5+ AND type:peexe AND tag:signed"));
  }

  @Test
  void andBindsTighterThanOr() {
    assertEquals("(OR (AND a:\"1\" b:\"2\") c:\"3\")", parse("a:1 b:2 OR c:3"));
    assertEquals("(OR a:\"1\" (AND b:\"2\" c:\"3\"))", parse("a:1 OR b:2 AND c:3"));
    assertEquals("(OR a:\"1\" b:\"2\" c:\"3\")", parse("a:1 OR b:2 OR c:3"));
  }

  @Test
  void notBindsTighterThanAnd() {
    assertEquals("(AND (NOT a:\"1\") b:\"2\")", parse("NOT a:1 b:2"));
    assertEquals("(OR (NOT a:\"1\") b:\"2\")", parse("NOT a:1 OR b:2"));
    assertEquals("(NOT (NOT a:\"1\"))", parse("NOT NOT a:1"));
  }

  @Test
  void parenthesesGroup() {
    assertEquals("(AND a:\"1\" (OR b:\"2\" c:\"3\"))", parse("a:1 (b:2 OR c:3)"));
    assertEquals("(AND a:\"1\" (OR b:\"2\" c:\"3\"))", parse("a:1 AND(b:2 OR c:3)"));
    assertEquals("(NOT (OR b:\"2\" c:\"3\"))", parse("NOT (b:2 OR c:3)"));
    assertEquals("(AND a:\"1\" b:\"2\" c:\"3\")", parse("(a:1 b:2) c:3"));
    assertEquals("a:\"1\"", parse("((a:1))"));
  }

  @Test
  void modifierNamesAreLowerCasedButValuesKeepTheirCase() {
    assertEquals("name:\"Invoice.EXE\"", parse("NAME:Invoice.EXE"));
  }

  @Test
  void unquotedValuesMayContainColonsAndStopAtParentheses() {
    assertEquals("ssdeep:\"24:AbC:dEf\"", parse("ssdeep:24:AbC:dEf"));
    assertEquals("ls:\"2022-05-18T11:00:00+\"", parse("ls:2022-05-18T11:00:00+"));
    assertEquals("(OR a:\"1\" b:\"2\")", parse("(a:1 OR b:2)"));
  }

  @Test
  void quotedValuesKeepSpacesOperatorsParenthesesAndColons() {
    assertEquals("name:\"copy AND paste (1).exe\"", parse("name:\"copy AND paste (1).exe\""));
    assertEquals("name:\"a OR NOT b:c\"", parse("name:\"a OR NOT b:c\""));
    assertEquals("ls:\"2022-05-18T11:00:00+\"", parse("ls:\"2022-05-18T11:00:00+\""));
  }

  @Test
  void escapedQuoteStaysInsideTheValue() {
    TermNode term = (TermNode) Parser.parse("name:\"x\\\" OR p:0+\"");
    assertEquals("name", term.modifier());
    assertEquals("x\" OR p:0+", term.value());
  }

  @Test
  void escapedBackslashAndLiteralBackslashes() {
    assertEquals("a\\", ((TermNode) Parser.parse("name:\"a\\\\\"")).value());
    assertEquals("C:\\temp\\x.exe", ((TermNode) Parser.parse("name:\"C:\\temp\\x.exe\"")).value());
    assertEquals("C:\\temp", ((TermNode) Parser.parse("name:C:\\temp")).value());
  }

  @Test
  void termPositionsPointIntoTheQuery() {
    TermNode term = (TermNode) ((AndNode) Parser.parse("p:1   tag:x")).children().get(1);
    assertEquals(6, term.position());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "(p:1|unbalanced '('",
        "p:1)|unbalanced ')'",
        "(p:1 OR (tag:x)|unbalanced '('",
        "()|empty parentheses",
        "p:|empty value",
        "name:\"\"|empty value",
        "name:\"abc|unterminated quoted value",
        "name:\"a\"b|after the quoted value",
        "name:a\"b|unquoted value",
        "foo|has no modifier",
        "p:1 and tag:x|has no modifier",
        "\"foo\"|needs a modifier",
        "OR p:1|unexpected OR",
        "p:1 OR|ends where a search term was expected",
        "p:1 AND|ends where a search term was expected",
        "NOT|ends where a search term was expected",
        "p:1 AND OR tag:x|unexpected OR",
        ":x|invalid modifier name",
        "na$me:x|invalid modifier name",
      })
  void malformedQueriesAreBadRequests(String query, String message) {
    SearchException e = assertThrows(SearchException.class, () -> Parser.parse(query));
    assertEquals("BadRequestError", e.code());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void emptyQueriesAreBadRequests(String query) {
    SearchException e = assertThrows(SearchException.class, () -> Parser.parse(query));
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
  }
}
