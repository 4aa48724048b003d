package io.vtsql.simulator.corpus;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The objects and relationships the simulator serves, whether generated or loaded from real
 * envelopes. Objects returned by this class may be shared and must be treated as read-only (call
 * {@code deepCopy()} before changing one).
 */
public final class Corpus {

  private final Map<String, ObjectTable> tables;
  private final RelationStore relations;
  private final RelationshipCatalogue catalogue;

  /** A corpus over the given per-type tables and relationship edges. */
  public Corpus(
      Map<String, ObjectTable> tables, RelationStore relations, RelationshipCatalogue catalogue) {
    this.tables = Map.copyOf(Objects.requireNonNull(tables, "tables"));
    this.relations = Objects.requireNonNull(relations, "relations");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  /**
   * The full object {@code {type, id, links, attributes}} for a canonical id or an alias (file:
   * sha256, sha1 or md5; url: sha256 or base64url without padding).
   */
  public Optional<ObjectNode> find(String type, String idOrAlias) {
    return canonicalId(type, idOrAlias).map(id -> tables.get(type).materialize(id));
  }

  /** The canonical id of an object given any of its accepted ids. */
  public Optional<String> canonicalId(String type, String idOrAlias) {
    ObjectTable table = tables.get(type);
    if (table == null || idOrAlias == null || idOrAlias.isEmpty()) {
      return Optional.empty();
    }
    return table.resolve(idOrAlias);
  }

  /** Every object of a type in a stable order, materialised lazily as the list is read. */
  public Collection<ObjectNode> all(String type) {
    ObjectTable table = tables.get(type);
    if (table == null) {
      return List.of();
    }
    List<String> ids = table.ids();
    return new AbstractList<>() {
      @Override
      public ObjectNode get(int index) {
        return table.materialize(ids.get(index));
      }

      @Override
      public int size() {
        return ids.size();
      }
    };
  }

  /** Canonical ids of every object of a type, in the order of {@link #all}. */
  public List<String> ids(String type) {
    ObjectTable table = tables.get(type);
    return table == null ? List.of() : table.ids();
  }

  /** Object types present in this corpus. */
  public Set<String> types() {
    return tables.keySet();
  }

  /**
   * Descriptors {@code {type, id[, context_attributes]}} of the objects related to a source object,
   * in API order (newest first where the targets are dated).
   */
  public List<ObjectNode> related(String type, String canonicalId, String relationship) {
    List<Ref> refs = relatedRefs(type, canonicalId, relationship);
    return new AbstractList<>() {
      @Override
      public ObjectNode get(int index) {
        return descriptor(refs.get(index));
      }

      @Override
      public int size() {
        return refs.size();
      }
    };
  }

  /** The raw references of a relationship, in API order. */
  public List<Ref> relatedRefs(String type, String canonicalId, String relationship) {
    return relations.get(type, canonicalId, relationship);
  }

  /** The relationship catalogue this corpus is served with. */
  public RelationshipCatalogue catalogue() {
    return catalogue;
  }

  /** The descriptor node of a reference. */
  public static ObjectNode descriptor(Ref ref) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("type", ref.type());
    node.put("id", ref.id());
    if (ref.contextAttributes() != null) {
      node.set("context_attributes", ref.contextAttributes());
    }
    return node;
  }
}
