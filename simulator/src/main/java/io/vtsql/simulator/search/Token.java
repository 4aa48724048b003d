package io.vtsql.simulator.search;

/**
 * One lexical unit of a search query.
 *
 * @param kind what the token is
 * @param modifier the modifier name of a {@link Kind#TERM} (as written), otherwise null
 * @param value the unescaped value of a {@link Kind#TERM}, otherwise the raw text
 * @param position zero-based character offset of the token in the query, for error messages
 */
record Token(Kind kind, String modifier, String value, int position) {

  /** Token kinds. */
  enum Kind {
    LPAREN,
    RPAREN,
    AND,
    OR,
    NOT,
    TERM,
    EOF
  }

  @Override
  public String toString() {
    return kind == Kind.TERM ? modifier + ":" + value : kind == Kind.EOF ? "end of query" : value;
  }
}
