package io.vtsql.adapter.catalog.types;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.ListEndpoint;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.Privilege;
import java.util.Map;

/**
 * The {@code alerting_asset} object type: table {@code alert_assets}, the key's VT Alerts watchlist
 * assets ({@code GET /alerts/assets}, docs reference/alerts-watchlist-assets).
 */
public final class AlertAssets {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("alerting_asset", "alert_assets")
          .collectionPath("/alerts/assets")
          .description(
              "The key's own VT Alerts watchlist assets (domains, IP ranges and brands watched"
                  + " for events); needs a premium key (the docs name no licence for VT Alerts)")
          .columns(
              Columns.id("Watchlist asset id (a number as text)")
                  .text("asset_type", "domain, ip range or brand")
                  .text(
                      "value",
                      "What the asset watches: the base domain, the CIDR of the IP range, or the"
                          + " brand's description")
                  .text(
                      "asset_info",
                      "For a brand, its domains, favicon hashes and HTML strings as JSON"
                          + " (asset_info.brand)")
                  .dates("creation_date", "Time the asset was created")
                  .dates("last_modification_date", "Time the asset last changed"))
          // The docs name no lookup by id, no filter, no order and no page maximum for this list:
          // nothing is pushed, and pages take the limit of VirusTotal's other lists (40). The
          // list holds only the key's own assets, so it may be read whole.
          .scan(
              new ListEndpoint(
                  "/alerts/assets", 40, Map.of(), Map.of(), Privilege.PREMIUM, false, false, true))
          .privilege(Privilege.PREMIUM)
          .build();

  private AlertAssets() {}
}
