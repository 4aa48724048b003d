package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ModifierSpec.Kind.KEYWORD;
import static io.vtsql.adapter.catalog.VtColumnType.BIGINT;
import static io.vtsql.adapter.catalog.VtColumnType.DOUBLE;
import static io.vtsql.adapter.catalog.VtColumnType.TIMESTAMP;
import static io.vtsql.adapter.catalog.types.Declarations.spec;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ListEndpoint;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.Privilege;
import java.util.Map;

/**
 * The {@code retrohunt_job} object type: table {@code retrohunt_jobs}, the key's own Retrohunt jobs
 * ({@code GET /intelligence/retrohunt_jobs}, protocol.md §5 and §9.7), and their matching files.
 */
public final class RetrohuntJobs {
  // Relationship rows: name, target type(s) separated by '|', flags ("E" = premium only,
  // "1" = 1:1, "F" = no /relationships/ descriptor form), description.
  private static final String[][] RELATIONSHIPS = {
    {"matching_files", "file", "", "Files the job's YARA rules matched"},
  };

  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("retrohunt_job", "retrohunt_jobs")
          .collectionPath("/intelligence/retrohunt_jobs")
          .description(
              "The key's own Retrohunt jobs: YARA rules run over VirusTotal's past files;"
                  + " needs a Retrohunt licence")
          .columns(
              Columns.id("Retrohunt job id")
                  .text("rules", "Source text of the job's YARA rules")
                  .text("notification_email", "Address notified when the job ends")
                  .text("corpus", "Files scanned: main (all files) or goodware")
                  .add(
                      "time_range_start",
                      TIMESTAMP,
                      "time_range.start",
                      "Scan files sent to VirusTotal from this time (UTC)")
                  .add(
                      "time_range_end",
                      TIMESTAMP,
                      "time_range.end",
                      "Scan files sent to VirusTotal until this time (UTC)")
                  .text(
                      "status",
                      "starting, running, aborting, aborted or finished (filter: status:)")
                  .add("progress", DOUBLE, "progress", "Percentage of the corpus already scanned")
                  .integer("num_matches", "Files matched so far")
                  .integer(
                      "num_matches_outside_time_range",
                      "Matches outside the time range the key's Retrohunt licence covers")
                  .add("scanned_bytes", BIGINT, "scanned_bytes", "Bytes scanned so far")
                  .integer("eta_seconds", "Estimated seconds until the job ends")
                  .dates("creation_date", "Time the job was created")
                  .dates("start_date", "Time the job started")
                  .dates("finish_date", "Time the job finished"))
          .key("id", IdForms.OPAQUE)
          // status: is the only filter the docs give, and they name no order (none is pushed);
          // page maximum 40 (protocol.md §6.2). The status term is a superset kept locally: the
          // docs name the values but not how the match treats case. The list holds only the
          // key's own jobs (at most 10 run at once), so it may be read whole.
          .scan(
              new ListEndpoint(
                  "/intelligence/retrohunt_jobs",
                  40,
                  Declarations.modifiers(spec("status", "status", KEYWORD, false)),
                  Map.of(),
                  Privilege.RETROHUNT,
                  false,
                  false,
                  true))
          .privilege(Privilege.RETROHUNT)
          .relationships(RELATIONSHIPS)
          .build();

  private RetrohuntJobs() {}
}
