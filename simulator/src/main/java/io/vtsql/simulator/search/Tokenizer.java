package io.vtsql.simulator.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a search query into {@link Token}s.
 *
 * <p>Lexical rules (docs/search-language.md): whitespace separates tokens; {@code (} and {@code )}
 * are tokens of their own outside quotes; the bare words {@code AND}, {@code OR} and {@code NOT}
 * (upper case only) are operators; every other token must be {@code modifier:value}. A value is
 * either quoted, {@code "..."} where only {@code \"} and {@code \\} are escapes (any other
 * backslash is literal), or unquoted, running to the next whitespace or parenthesis and containing
 * no {@code "}. Modifier names consist of letters, digits, {@code _} and {@code -} and are
 * case-insensitive.
 */
final class Tokenizer {

  private final String query;
  private int pos;

  private Tokenizer(String query) {
    this.query = query;
  }

  /** The tokens of {@code query}, ending with an {@link Token.Kind#EOF} token. */
  static List<Token> tokenize(String query) {
    return new Tokenizer(query).run();
  }

  private List<Token> run() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      while (pos < query.length() && Character.isWhitespace(query.charAt(pos))) {
        pos++;
      }
      if (pos >= query.length()) {
        tokens.add(new Token(Token.Kind.EOF, null, "", pos));
        return tokens;
      }
      char c = query.charAt(pos);
      if (c == '(') {
        tokens.add(new Token(Token.Kind.LPAREN, null, "(", pos++));
      } else if (c == ')') {
        tokens.add(new Token(Token.Kind.RPAREN, null, ")", pos++));
      } else if (c == '"') {
        throw error("quoted text at position " + pos + " needs a modifier, as in name:\"...\"");
      } else {
        tokens.add(word());
      }
    }
  }

  private Token word() {
    int start = pos;
    while (pos < query.length()
        && !endsWord(query.charAt(pos))
        && query.charAt(pos) != ':'
        && query.charAt(pos) != '"') {
      pos++;
    }
    String word = query.substring(start, pos);
    if (pos < query.length() && query.charAt(pos) == ':') {
      pos++;
      return term(word, start);
    }
    if (pos < query.length() && query.charAt(pos) == '"') {
      throw error("unexpected '\"' at position " + pos);
    }
    switch (word) {
      case "AND":
        return new Token(Token.Kind.AND, null, word, start);
      case "OR":
        return new Token(Token.Kind.OR, null, word, start);
      case "NOT":
        return new Token(Token.Kind.NOT, null, word, start);
      default:
        throw error(
            "search term '"
                + word
                + "' at position "
                + start
                + " has no modifier; use modifier:value (free-text and hash-only searches are not"
                + " supported)");
    }
  }

  private Token term(String modifier, int start) {
    if (modifier.isEmpty() || !modifier.chars().allMatch(Tokenizer::modifierChar)) {
      throw error("invalid modifier name '" + modifier + "' at position " + start);
    }
    String value = pos < query.length() && query.charAt(pos) == '"' ? quoted() : unquoted();
    if (value.isEmpty()) {
      throw error("modifier '" + modifier + "' at position " + start + " has an empty value");
    }
    return new Token(Token.Kind.TERM, modifier.toLowerCase(Locale.ROOT), value, start);
  }

  private String quoted() {
    int open = pos++;
    StringBuilder value = new StringBuilder();
    while (pos < query.length()) {
      char c = query.charAt(pos);
      if (c == '"') {
        pos++;
        if (pos < query.length() && !endsWord(query.charAt(pos))) {
          throw error(
              "unexpected character '"
                  + query.charAt(pos)
                  + "' after the quoted value"
                  + " ending at position "
                  + (pos - 1));
        }
        return value.toString();
      }
      if (c == '\\'
          && pos + 1 < query.length()
          && (query.charAt(pos + 1) == '"' || query.charAt(pos + 1) == '\\')) {
        value.append(query.charAt(pos + 1));
        pos += 2;
      } else {
        value.append(c);
        pos++;
      }
    }
    throw error("unterminated quoted value starting at position " + open);
  }

  private String unquoted() {
    int start = pos;
    while (pos < query.length() && !endsWord(query.charAt(pos))) {
      if (query.charAt(pos) == '"') {
        throw error(
            "unexpected '\"' inside the unquoted value at position "
                + pos
                + "; quote the whole value and escape inner quotes as \\\"");
      }
      pos++;
    }
    return query.substring(start, pos);
  }

  private static boolean endsWord(char c) {
    return Character.isWhitespace(c) || c == '(' || c == ')';
  }

  private static boolean modifierChar(int c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-');
  }

  private static SearchException error(String message) {
    return SearchException.badRequest("Invalid search query: " + message);
  }
}
