package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.VtColumnType.TIMESTAMP;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.ListEndpoint;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.Privilege;
import java.util.Map;

/**
 * The {@code alerting_notification} object type: table {@code alert_notifications}, the events that
 * matched the key's VT Alerts watchlists ({@code GET /alerts/notifications}, docs
 * reference/alerts-notifications).
 */
public final class AlertNotifications {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("alerting_notification", "alert_notifications")
          .collectionPath("/alerts/notifications")
          .description(
              "The key's own VT Alerts notifications: events that matched its watchlist assets;"
                  + " needs a premium key (the docs name no licence for VT Alerts)")
          .columns(
              Columns.id("Notification id")
                  // written as ISO-8601 text (2021-01-01T01:11:01.507935Z), read to milliseconds
                  .add("created", TIMESTAMP, "created", "Time the notification was created (UTC)")
                  .text("event_severity", "info, low, medium or high")
                  .text(
                      "use_case_category",
                      "BRAND_IMPERSONATION, CORPORATE_INFRASTRUCTURE_ABUSE,"
                          + " PHISHING_COUNTERFEITING or POTENTIAL_FALSE_POSITIVE")
                  .text(
                      "detection_category",
                      "What matched, e.g. DETECTED_DOMAIN, FILE_COMMUNICATING_WITH_IP,"
                          + " DOMAIN_TYPOSQUATTING, FAVICON_REUSE")
                  .bool("is_read", "Whether the notification was marked as read")
                  .text(
                      "event_message_json",
                      "The whole Alerts event that matched the watchlist, as JSON"))
          // The docs name no lookup by id, no filter, no order and no page maximum for this list:
          // nothing is pushed, and pages take the limit of VirusTotal's other lists (40). The
          // list holds only the key's own notifications, so it may be read whole.
          .scan(
              new ListEndpoint(
                  "/alerts/notifications",
                  40,
                  Map.of(),
                  Map.of(),
                  Privilege.PREMIUM,
                  false,
                  false,
                  true))
          .privilege(Privilege.PREMIUM)
          .build();

  private AlertNotifications() {}
}
