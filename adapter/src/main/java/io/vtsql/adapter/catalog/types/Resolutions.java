package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.VtColumnType.INTEGER;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ObjectType;
import java.util.List;

/**
 * The {@code resolution} object type: table {@code resolutions}, one passive-DNS observation (id =
 * the IP address followed by the host name, e.g. {@code 140.82.114.3github.com}), read by id or as
 * a relationship.
 */
public final class Resolutions {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("resolution", "resolutions")
          .description("Passive DNS: one row per host name resolving to an IP address")
          .columns(
              withStats(
                  Columns.id("Resolution id: the IP address followed by the host name")
                      .dates("date", "Time the resolution was seen")
                      .add("host_name", VARCHAR, "host_name", "Domain name that resolved")
                      .add("ip_address", VARCHAR, "ip_address", "IP address it resolved to")
                      .add("resolver", VARCHAR, "resolver", "Source of the resolution")))
          .key("id", IdForms.RESOLUTION)
          .build();

  private Resolutions() {}

  private static Columns withStats(Columns columns) {
    for (String side : List.of("host_name", "ip_address")) {
      for (String s : List.of("malicious", "suspicious", "harmless", "undetected")) {
        columns.add(
            side + "_" + s,
            INTEGER,
            side + "_last_analysis_stats." + s,
            "Engines saying " + s + " about the " + side.replace('_', ' '));
      }
    }
    return columns;
  }
}
