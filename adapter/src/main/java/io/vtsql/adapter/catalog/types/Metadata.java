package io.vtsql.adapter.catalog.types;

import io.vtsql.adapter.catalog.ChildTable;
import io.vtsql.adapter.catalog.DocumentTable;
import java.util.List;

/**
 * The tables of {@code GET /metadata} (protocol.md §2): the engines VirusTotal runs and the
 * privileges that exist. The docs show each engine as an empty object; whatever VirusTotal puts
 * there is in the raw {@code attributes} column.
 */
public final class Metadata {
  /** The declarations. */
  public static final List<DocumentTable> TABLES =
      List.of(
          DocumentTable.of(
              "/metadata",
              ChildTable.of(
                      "engines",
                      ChildTable.Shape.MAP,
                      "Engines VirusTotal runs, one row per engine")
                  .key("engine")),
          DocumentTable.of(
              "/metadata",
              ChildTable.of(
                      "privileges",
                      ChildTable.Shape.VALUES,
                      "Privileges that exist in VirusTotal (not those of the key), one row per name")
                  .value("privilege")));

  private Metadata() {}
}
