package io.vtsql.simulator.http;

import java.util.Map;
import java.util.Set;

/**
 * {@code GET /threat_actors} (legacy): its filter modifiers and orders (protocol.md §6.2). Default
 * order: most recently seen first.
 */
final class ThreatActorsList {

  static final ListSpec SPEC =
      new ListSpec(
          "/threat_actors",
          40,
          Map.of(
              "name", AttributeMatch.contains("name"),
              "source_region", AttributeMatch.equalsValue("source_region"),
              "sponsor_region", AttributeMatch.equalsValue("sponsor_region"),
              "targeted_industry", AttributeMatch.anyEquals("targeted_industries"),
              "targeted_region", AttributeMatch.anyEquals("targeted_regions")),
          Map.of(
              "first_seen_date",
              "first_seen_date",
              "last_seen_date",
              "last_seen_date",
              "related_entities_count",
              "related_entities_count"),
          Set.of(),
          "last_seen_date-");

  private ThreatActorsList() {}
}
