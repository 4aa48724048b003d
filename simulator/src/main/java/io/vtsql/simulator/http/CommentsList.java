package io.vtsql.simulator.http;

import java.util.Map;
import java.util.Set;

/**
 * {@code GET /comments}: the latest comments, newest first, filtered by {@code tag:} (the only
 * documented modifier). {@code order=} is not documented; the simulator accepts {@code date±}.
 */
final class CommentsList {

  static final ListSpec SPEC =
      new ListSpec(
          "/comments",
          40,
          Map.of("tag", AttributeMatch.anyEquals("tags")),
          Map.of("date", "date"),
          Set.of(),
          "date-");

  private CommentsList() {}
}
