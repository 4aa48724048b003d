package io.vtsql.adapter.catalog;

import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Columns of a relationship table: the parent id, then the target type's own columns when the
 * catalogue declares it ({@code id}, {@code type} and {@code attributes} for any other type, or for
 * a polymorphic relationship), then the descriptor's context attributes.
 */
final class RelationshipColumns {
  private RelationshipColumns() {}

  /** Columns of a relationship table: parent id, target columns, then context attributes. */
  static List<RelationshipColumn> of(RelationshipDef def) {
    final List<RelationshipColumn> list = new ArrayList<>();
    list.add(
        new RelationshipColumn(
            RelationshipColumn.Kind.PARENT_ID,
            def.parentColumn(),
            null,
            "Id of the " + def.source().objectType() + " the relationship starts from"));
    if (def.targetTypes().size() > 1) {
      list.add(
          new RelationshipColumn(
              RelationshipColumn.Kind.TARGET_TYPE,
              "target_type",
              null,
              "Type of the related object: " + String.join(" or ", def.targetTypes())));
      list.add(
          RelationshipColumn.target(
              new VtColumn(
                  "target_id",
                  VARCHAR,
                  VtColumn.Source.ID,
                  List.of(),
                  "Id of the related object")));
      list.add(RelationshipColumn.target(raw()));
    } else {
      targets(def.targetTypes().get(0), list);
    }
    if (!def.toOne()) {
      list.add(
          new RelationshipColumn(
              RelationshipColumn.Kind.CONTEXT_ATTRIBUTES,
              "context_attributes",
              null,
              "Context attributes of the relationship as JSON (e.g. the url of a url target)"));
    }
    return List.copyOf(list);
  }

  private static void targets(String type, List<RelationshipColumn> list) {
    final Optional<ObjectType> declared = Catalog.byType(type);
    if (declared.isPresent()) {
      declared.get().columns().forEach(c -> list.add(RelationshipColumn.target(c)));
      return;
    }
    list.add(
        RelationshipColumn.target(
            new VtColumn(
                "id", VARCHAR, VtColumn.Source.ID, List.of(), "Id of the " + type + " object")));
    list.add(
        new RelationshipColumn(
            RelationshipColumn.Kind.TARGET_TYPE,
            "type",
            null,
            "Object type of the related object"));
    list.add(RelationshipColumn.target(raw()));
  }

  private static VtColumn raw() {
    return new VtColumn(
        "attributes",
        VARCHAR,
        VtColumn.Source.RAW_ATTRIBUTES,
        List.of(),
        "All attributes of the related object as raw JSON, for JSON_VALUE/JSON_QUERY");
  }
}
