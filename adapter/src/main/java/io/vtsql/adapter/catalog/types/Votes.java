package io.vtsql.adapter.catalog.types;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ObjectType;

/** The {@code vote} object type: table {@code votes}, read by id ({@code GET /votes/{id}}). */
public final class Votes {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("vote", "votes")
          .description("Community votes on VirusTotal objects (read by id, or as a relationship)")
          .columns(
              Columns.id("Vote id")
                  .dates("date", "Time of the vote")
                  .text("verdict", "harmless or malicious")
                  .integer("value", "Signed weight of the vote"))
          .key("id", IdForms.OPAQUE)
          .build();

  private Votes() {}
}
