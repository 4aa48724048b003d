package io.vtsql.adapter.catalog.types;

import io.vtsql.adapter.catalog.ChildTable;
import io.vtsql.adapter.catalog.Columns;

/** Child tables several object types share. */
final class Children {
  private Children() {}

  /** {@code <type>_last_analysis_results}: one row per engine of the last analysis. */
  static ChildTable.Builder engineVerdicts(String what) {
    return engineVerdicts("last_analysis_results",
        "Engine verdicts of the " + what + "'s last analysis, one row per engine");
  }

  /** A child table of the engine map at {@code attribute}, one row per engine. */
  static ChildTable.Builder engineVerdicts(String attribute, String description) {
    return ChildTable.of(attribute, ChildTable.Shape.MAP, description)
        .key("engine")
        .columns(Columns.element()
            .text("category", "Verdict category: malicious, suspicious, undetected, harmless,"
                + " timeout, type-unsupported, failure")
            .text("result", "Detection name, or null")
            .text("method", "How the engine decided (blacklist, ...)")
            .text("engine_name", "Engine name")
            .text("engine_version", "Engine version")
            .text("engine_update", "Date of the engine's signatures, YYYYMMDD as the API"
                + " writes it"));
  }
}
