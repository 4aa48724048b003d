package io.vtsql.simulator.corpus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A reference from one object to another inside a relationship: the target's type and canonical id,
 * plus the context attributes the API attaches to the descriptor (may be null).
 */
public record Ref(String type, String id, ObjectNode contextAttributes) {
  public Ref {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }

  /** A reference without context attributes. */
  public static Ref of(String type, String id) {
    return new Ref(type, id, null);
  }
}
