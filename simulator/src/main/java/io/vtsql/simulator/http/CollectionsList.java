package io.vtsql.simulator.http;

import java.util.Map;
import java.util.Set;

/**
 * {@code GET /collections}: the filter modifiers and orders the simulator serves (protocol.md
 * §6.2). Default order: most recently modified first.
 */
final class CollectionsList {

  static final ListSpec SPEC =
      new ListSpec(
          "/collections",
          40,
          Map.of(
              "collection_type", AttributeMatch.equalsValue("collection_type"),
              "name", AttributeMatch.contains("name"),
              "owner", AttributeMatch.equalsValue("owner"),
              "origin", AttributeMatch.equalsValue("origin"),
              "tag", AttributeMatch.anyEquals("tags"),
              "source_region", AttributeMatch.equalsValue("source_region"),
              "targeted_region", AttributeMatch.anyEquals("targeted_regions"),
              "targeted_industry", AttributeMatch.anyEquals("targeted_industries"),
              "creation_date", AttributeMatch.date("creation_date"),
              "last_modification_date", AttributeMatch.date("last_modification_date")),
          Map.of(
              "name",
              "name",
              "creation_date",
              "creation_date",
              "last_modification_date",
              "last_modification_date",
              "domains_count",
              "domains_count",
              "files_count",
              "files_count"),
          Set.of("name"),
          "last_modification_date-");

  private CollectionsList() {}
}
