package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** Compiles a query tree into one predicate over corpus objects of a given entity. */
final class QueryCompiler {

  private final Entity entity;
  private final SearchContext context;

  /** A compiler for queries over {@code entity}. */
  QueryCompiler(Entity entity, SearchContext context) {
    this.entity = Objects.requireNonNull(entity, "entity");
    this.context = Objects.requireNonNull(context, "context");
  }

  /** The predicate of {@code node}; throws {@link SearchException} for invalid terms. */
  Predicate<ObjectNode> compile(Node node) {
    if (node instanceof TermNode term) {
      return term(term);
    }
    if (node instanceof NotNode not) {
      return compile(not.child()).negate();
    }
    if (node instanceof AndNode and) {
      List<Predicate<ObjectNode>> parts = compileAll(and.children());
      return object -> {
        for (Predicate<ObjectNode> part : parts) {
          if (!part.test(object)) {
            return false;
          }
        }
        return true;
      };
    }
    List<Predicate<ObjectNode>> parts = compileAll(((OrNode) node).children());
    return object -> {
      for (Predicate<ObjectNode> part : parts) {
        if (part.test(object)) {
          return true;
        }
      }
      return false;
    };
  }

  private List<Predicate<ObjectNode>> compileAll(List<Node> nodes) {
    List<Predicate<ObjectNode>> parts = new ArrayList<>(nodes.size());
    for (Node child : nodes) {
      parts.add(compile(child));
    }
    return List.copyOf(parts);
  }

  private Predicate<ObjectNode> term(TermNode term) {
    if (EntitySelection.isEntity(term.modifier())) {
      throw SearchException.badRequest(
          "Invalid search query: entity: at position "
              + term.position()
              + " must be a top-level condition, not inside OR or NOT");
    }
    Modifier modifier = ModifierCatalog.find(entity, term.modifier(), context);
    if (modifier == null) {
      throw SearchException.badRequest(
          "Unknown modifier '"
              + term.modifier()
              + "' for entity:"
              + entity.keyword()
              + " at position "
              + term.position());
    }
    return modifier.compile(term.modifier(), term.value(), context);
  }
}
