package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.VtColumnType.INTEGER;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ObjectType;
import java.util.List;

/**
 * The {@code analysis} object type: table {@code analyses}, one scan of a file or URL, read by id
 * ({@code GET /analyses/{id}}, protocol.md §3 and §9.6); its per-engine verdicts are the child
 * table {@code analysis_results}.
 */
public final class Analyses {
  /** Counters of {@code stats} (capture vx_analysis_get_url.yml and the file analyses' extras). */
  private static final List<String> STATS =
      List.of(
          "malicious",
          "suspicious",
          "undetected",
          "harmless",
          "timeout",
          "failure",
          "type-unsupported",
          "confirmed-timeout");

  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("analysis", "analyses")
          .description(
              "Analyses (scans) of files and URLs, read by id, or through the analyses"
                  + " relationships")
          .columns(
              stats(
                  Columns.id(
                          "Analysis id: u-<url sha256>-<unix time> for URLs, base64 of"
                              + " <md5>:<unix time> for files (the demo corpus writes f-<sha256>-<unix time>)")
                      .dates("date", "Time of the analysis")
                      .text("status", "queued, in-progress or completed")))
          .key("id", IdForms.OPAQUE)
          .relationships(new String[][] {{"item", "file|url", "1", "The file or URL analysed"}})
          .child(
              Children.engineVerdicts(
                  "results", "Engine verdicts of the analysis, one row per engine"))
          .build();

  private Analyses() {}

  private static Columns stats(Columns columns) {
    for (String s : STATS) {
      columns.add(
          s.replace('-', '_'),
          INTEGER,
          "stats." + s,
          "Engines whose verdict in this analysis was " + s);
    }
    return columns;
  }
}
