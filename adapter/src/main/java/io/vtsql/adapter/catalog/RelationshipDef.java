package io.vtsql.adapter.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One relationship of an object type as a table: {@code <source type>_<relationship>}, its parent
 * column, target type(s), cardinality and whether only premium keys may read it.
 *
 * @param source object type the relationship starts from
 * @param name relationship name as VirusTotal spells it in paths ({@code contacted_domains})
 * @param targetTypes object types of the targets (two for a polymorphic relationship)
 * @param toOne whether the relationship is 1:1 (zero or one target per parent)
 * @param premium whether only premium (VirusTotal Enterprise) keys may read it
 * @param description one line for users
 * @param descriptorEndpoint whether {@code /relationships/{name}} serves the targets' descriptors
 *     (documented for the API's relationships; a sub-resource such as a Monitor item's {@code
 *     analyses} has only its full form)
 */
public record RelationshipDef(
    ObjectType source,
    String name,
    List<String> targetTypes,
    boolean toOne,
    boolean premium,
    String description,
    boolean descriptorEndpoint)
    implements ParentTable {

  public RelationshipDef {
    requireNonNull(source, "source");
    requireNonNull(name, "name");
    targetTypes = List.copyOf(targetTypes);
    requireNonNull(description, "description");
    if (targetTypes.isEmpty()) {
      throw new IllegalArgumentException("relationship " + name + " has no target type");
    }
  }

  /** The parent type's privilege, or the premium API for a premium-only relationship. */
  @Override
  public Privilege privilege() {
    return premium && source().privilege() == Privilege.PUBLIC
        ? Privilege.PREMIUM
        : source().privilege();
  }

  @Override
  public boolean oneRowPerParent() {
    return toOne;
  }

  /** A 1:1 relationship is one request per parent; others page by cursor. */
  @Override
  public boolean singleRequest() {
    return toOne;
  }

  /** SQL table name, e.g. {@code file_contacted_domains}. */
  @Override
  public String tableName() {
    return source.objectType() + "_" + name;
  }

  /** Name of the parent id column, e.g. {@code file_id}. */
  @Override
  public String parentColumn() {
    return source.objectType() + "_id";
  }

  /** The target type, or {@code domain|ip_address} for a polymorphic relationship. */
  @Override
  public String targetLabel() {
    return String.join("|", targetTypes);
  }

  /**
   * The collection the relationship is read under: the source type's, or the one VirusTotal
   * documents for it ({@code private/file} for a private file's behaviours).
   */
  public String collection() {
    return source.relationshipCollection(name).orElse(source.collection());
  }

  /**
   * Whether the descriptor endpoint is documented: not for a relationship flagged {@code F}, nor
   * for one read under another collection.
   */
  @Override
  public boolean descriptorForm() {
    return descriptorEndpoint && source.relationshipCollection(name).isEmpty();
  }

  /** {@code GET /files/{file_id}/contacted_domains} or its descriptor form. */
  @Override
  public String endpoint(boolean descriptors) {
    return "GET /"
        + collection()
        + "/{"
        + parentColumn()
        + "}/"
        + (descriptors ? "relationships/" : "")
        + name;
  }

  /**
   * The parent whose relationship lists the target of id {@code targetId}, when the target type's
   * ids name it (a sandbox report names its file); empty when they do not, or when {@code targetId}
   * names no parent.
   */
  public Optional<String> parentOfTarget(String targetId) {
    return parentInId().flatMap(f -> f.apply(targetId));
  }

  /** Whether the target type's ids name their parent ({@link #parentOfTarget}). */
  public boolean parentInTargetId() {
    return parentInId().isPresent();
  }

  private Optional<Function<String, Optional<String>>> parentInId() {
    return targetTypes.size() == 1
        ? Catalog.byType(targetTypes.get(0)).flatMap(t -> t.parentInId(this))
        : Optional.empty();
  }

  /** What the relationship's table accepts as writes, as its source type declares. */
  @Override
  public Writes writes() {
    return source.relationshipWrites(name);
  }

  /** Columns of the relationship's table, each with its one-line description. */
  @Override
  public List<RelationshipColumn> columns() {
    return RelationshipColumns.of(this);
  }
}
