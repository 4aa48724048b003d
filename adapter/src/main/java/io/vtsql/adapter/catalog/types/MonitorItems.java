package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ModifierSpec.Kind.LIST;
import static io.vtsql.adapter.catalog.VtColumnType.BIGINT;
import static io.vtsql.adapter.catalog.types.Declarations.spec;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ListEndpoint;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.Privilege;
import java.util.Map;

/**
 * The {@code monitoritem} object type (VirusTotal writes it without an underscore): table {@code
 * monitor_items}, the files and folders a software vendor keeps in VirusTotal Monitor ({@code GET
 * /monitor/items}), their latest engine verdicts and their analyses ({@code GET
 * /monitor/items/{id}/analyses}).
 */
public final class MonitorItems {
  // Relationship rows: name, target type(s) separated by '|', flags ("E" = premium only,
  // "1" = 1:1, "F" = no /relationships/ descriptor form), description. The analyses are a
  // documented sub-resource with cursor and limit; no descriptor form of it is documented.
  private static final String[][] RELATIONSHIPS = {
    {"analyses", "monitor_analysis", "F", "Analyses of the Monitor item's file, newest first"},
  };

  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("monitoritem", "monitor_items")
          .collectionPath("/monitor/items")
          .description(
              "Files and folders of the key's group in VirusTotal Monitor, with their latest"
                  + " detections; needs a VirusTotal Monitor licence")
          .columns(
              Columns.id("Monitor item id: base64 of vtmonitor-v1://<owner group><path>")
                  .text("path", "Path of the file or folder in Monitor, e.g. /app/bin/app.exe")
                  .text("item_type", "file or folder")
                  .text("creator_id", "User who uploaded the file")
                  .text("sha256", "SHA-256 of the file (joins to files.id)")
                  .text("sha1", "SHA-1 of the file")
                  .text("md5", "MD5 of the file")
                  .add("size", BIGINT, "size", "File size in bytes")
                  .list(
                      "tags",
                      "detected, new-detections, increasing-detections, decreasing-detections,"
                          + " solved-detections, swapped-detections or an engine name"
                          + " (filter: tag:)")
                  .integer(
                      "last_detections_count", "Engines detecting the file in its last analysis")
                  .dates("last_analysis_date", "Time of the file's last analysis")
                  .dates("next_analysis_date", "Time of the file's next analysis")
                  .dates("first_detection_date", "Time an engine first detected the file")
                  .dates("creation_date", "Time the item was added to Monitor")
                  .text("details", "File details shared with Monitor partners"))
          .key("id", IdForms.OPAQUE)
          // tag: matches the item's tags (a superset kept locally). path: takes a folder, and no
          // column holds an item's folder, so it is not pushed; the docs name no order. The list
          // holds only the key's group's own files, so it may be read whole (40 a request).
          .scan(
              new ListEndpoint(
                  "/monitor/items",
                  40,
                  Declarations.modifiers(spec("tags", "tag", LIST, false)),
                  Map.of(),
                  Privilege.MONITOR,
                  false,
                  false,
                  true))
          .privilege(Privilege.MONITOR)
          .relationships(RELATIONSHIPS)
          .child(Children.engineVerdicts("Monitor item"))
          .build();

  private MonitorItems() {}
}
