package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.VtColumnType.BOOLEAN;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ListEndpoint;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.Privilege;
import java.util.Map;

/**
 * The {@code private_analysis} object type: table {@code private_analyses}, one Private Scanning
 * run of a file or URL (reference/private-analyses: date, status, pending stages, sandbox
 * configuration and status; no antivirus verdicts), listed newest first by {@code GET
 * /private/analyses} ({@code order=date-} is the one documented order, protocol.md §6.2) and read
 * by id.
 */
public final class PrivateAnalyses {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("private_analysis", "private_analyses")
          .collectionPath("/private/analyses")
          .description(
              "Private Scanning analyses of files and URLs (needs a Private Scanning licence),"
                  + " newest first (ORDER BY date DESC is pushed)")
          .columns(
              Columns.id("Analysis id, as POST /private/files or /private/urls returned it")
                  .dates("date", "Time of the analysis (order: date-)")
                  .text("status", "queued, in-progress or completed")
                  .add(
                      "enable_internet",
                      BOOLEAN,
                      "sandbox_configuration.enable_internet",
                      "Whether the sandboxes had Internet access")
                  .add(
                      "command_line",
                      VARCHAR,
                      "sandbox_configuration.command_line",
                      "Command line the sandboxes ran the file with"))
          .key("id", IdForms.OPAQUE)
          .scan(
              new ListEndpoint(
                  "/private/analyses",
                  40,
                  Map.of(),
                  Declarations.orders("date", "date-"),
                  Privilege.PRIVATE_SCANNING,
                  false))
          .privilege(Privilege.PRIVATE_SCANNING)
          .relationships(
              new String[][] {
                {"item", "private_file|private_url", "1", "The private file or URL analysed"}
              })
          .build();

  private PrivateAnalyses() {}
}
