package io.vtsql.adapter.catalog.types;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.Privilege;

/**
 * The {@code submission} object type: table {@code submissions}, read by id ({@code GET
 * /submissions/{id}}); submission data is premium-only.
 */
public final class Submissions {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("submission", "submissions")
          .description(
              "Submissions of files and URLs to VirusTotal (read by id, or as a relationship)")
          .columns(
              Columns.id("Submission id")
                  .dates("date", "Time of the submission")
                  .text("interface", "Interface used (api, web, ...)")
                  .text("country", "Submitter country")
                  .text("city", "Submitter city")
                  .text("name", "Submitted file name")
                  .text("source_key", "Anonymised submitter id"))
          .key("id", IdForms.OPAQUE)
          .privilege(Privilege.PREMIUM)
          .build();

  private Submissions() {}
}
