package io.vtsql.simulator.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the {@code entity:} choice off a parsed query. {@code entity:} may only appear as a
 * top-level conjunct (never under {@code OR} or {@code NOT}); it may repeat with the same value.
 *
 * @param entity the chosen entity ({@link Entity#FILE} when the query names none)
 * @param filter the rest of the query, or null when the query is only {@code entity:X}
 */
record EntitySelection(Entity entity, Node filter) {

  private static final String ENTITY = "entity";

  /** The entity and remaining filter of {@code root}. */
  static EntitySelection of(Node root) {
    List<Node> conjuncts = root instanceof AndNode and ? and.children() : List.of(root);
    Entity entity = null;
    List<Node> rest = new ArrayList<>();
    for (Node node : conjuncts) {
      if (node instanceof TermNode term && term.modifier().equals(ENTITY)) {
        Entity chosen = Entity.fromKeyword(term.value());
        if (entity != null && entity != chosen) {
          throw SearchException.badRequest(
              "Invalid search query: conflicting entity:"
                  + entity.keyword()
                  + " and entity:"
                  + chosen.keyword());
        }
        entity = chosen;
      } else {
        rest.add(node);
      }
    }
    Node filter = rest.isEmpty() ? null : rest.size() == 1 ? rest.get(0) : new AndNode(rest);
    return new EntitySelection(entity == null ? Entity.FILE : entity, filter);
  }

  /** Whether {@code modifier} is the entity selector, which is only valid at the top level. */
  static boolean isEntity(String modifier) {
    return ENTITY.equals(modifier);
  }
}
