package io.vtsql.adapter.catalog.types;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.Privilege;

/**
 * The {@code monitor_analysis} object type: one analysis of a Monitor item's file, reached through
 * {@code monitoritem_analyses} only (VirusTotal documents no endpoint of its own).
 */
public final class MonitorAnalyses {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("monitor_analysis", "monitor_analyses")
          .description("Analyses of a Monitor item's file (id <sha256>-<timestamp>)")
          .columns(
              Columns.id("Analysis id: <sha256>-<timestamp>")
                  .dates("date", "Time of the analysis")
                  .text("sha256", "SHA-256 of the file analysed (joins to files.id)")
                  .integer("detections_count", "Engines that detected the file")
                  .list("tags", "detected, the detecting engines' names, ..."))
          .privilege(Privilege.MONITOR)
          .targetOnly()
          .build();

  private MonitorAnalyses() {}
}
