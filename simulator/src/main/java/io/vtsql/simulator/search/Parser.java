package io.vtsql.simulator.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser from tokens to a {@link Node} tree.
 *
 * <p>Grammar (precedence from loosest to tightest: {@code OR}, then {@code AND} whether explicit or
 * implicit, then {@code NOT}):
 *
 * <pre>
 * query   := or EOF
 * or      := and ( "OR" and )*
 * and     := unary ( [ "AND" ] unary )*
 * unary   := "NOT" unary | primary
 * primary := "(" or ")" | TERM
 * </pre>
 *
 * So {@code a b OR c} is {@code (a AND b) OR c} and {@code NOT a b} is {@code (NOT a) AND b}.
 */
final class Parser {

  private final List<Token> tokens;
  private int index;

  private Parser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /** Parses a whole query; throws {@link SearchException} (BadRequestError) when malformed. */
  static Node parse(String query) {
    if (query == null || query.isBlank()) {
      throw SearchException.badRequest("Invalid search query: the query is empty");
    }
    Parser parser = new Parser(Tokenizer.tokenize(query));
    Node node = parser.or();
    Token next = parser.peek();
    if (next.kind() == Token.Kind.RPAREN) {
      throw error("unbalanced ')' at position " + next.position());
    }
    if (next.kind() != Token.Kind.EOF) {
      throw error("unexpected " + next + " at position " + next.position());
    }
    return node;
  }

  private Node or() {
    List<Node> children = new ArrayList<>();
    children.add(and());
    while (peek().kind() == Token.Kind.OR) {
      index++;
      children.add(and());
    }
    return children.size() == 1 ? children.get(0) : new OrNode(children);
  }

  private Node and() {
    List<Node> children = new ArrayList<>();
    add(children, unary());
    while (true) {
      Token.Kind kind = peek().kind();
      if (kind == Token.Kind.AND) {
        index++;
        add(children, unary());
      } else if (kind == Token.Kind.TERM || kind == Token.Kind.NOT || kind == Token.Kind.LPAREN) {
        add(children, unary());
      } else {
        break;
      }
    }
    return children.size() == 1 ? children.get(0) : new AndNode(children);
  }

  private static void add(List<Node> conjuncts, Node node) {
    // AND is associative: flattening keeps the tree canonical for tests and the compiler.
    if (node instanceof AndNode and) {
      conjuncts.addAll(and.children());
    } else {
      conjuncts.add(node);
    }
  }

  private Node unary() {
    if (peek().kind() == Token.Kind.NOT) {
      index++;
      return new NotNode(unary());
    }
    return primary();
  }

  private Node primary() {
    Token token = peek();
    switch (token.kind()) {
      case TERM:
        index++;
        return new TermNode(token.modifier(), token.value(), token.position());
      case LPAREN:
        index++;
        if (peek().kind() == Token.Kind.RPAREN) {
          throw error("empty parentheses at position " + token.position());
        }
        Node inner = or();
        if (peek().kind() != Token.Kind.RPAREN) {
          throw error("unbalanced '(' at position " + token.position());
        }
        index++;
        return inner;
      case EOF:
        throw error("the query ends where a search term was expected");
      default:
        throw error(
            "unexpected "
                + token
                + " at position "
                + token.position()
                + " where a search term was expected");
    }
  }

  private Token peek() {
    return tokens.get(index);
  }

  private static SearchException error(String message) {
    return SearchException.badRequest("Invalid search query: " + message);
  }
}
