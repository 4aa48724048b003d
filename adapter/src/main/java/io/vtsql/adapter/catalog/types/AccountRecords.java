package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ChildTable.Shape.MAP;
import static io.vtsql.adapter.catalog.VtColumnType.BIGINT;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR;

import io.vtsql.adapter.catalog.ChildTable;
import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.DateWindow;
import java.util.List;

/**
 * The child tables users, groups and service accounts share: their {@code privileges} and {@code
 * quotas} maps (pw_user_get_pii_replaced.yml, pw_group_get_pii_replaced.yml), one row per privilege
 * or quota. Both are visible to the account's owner (and a group's members and admins) only; other
 * keys see no rows.
 */
final class AccountRecords {
  private AccountRecords() {}

  /**
   * {@code GET /{users|groups}/{id}/api_usage?start_date=&end_date=}: requests per day and endpoint
   * ({@code {"data": {"daily": {"2020-08-10": {"urls": 2}}}}}, protocol.md §5), for the days a
   * WHERE on {@code date} gives, 30 at most per request.
   */
  static ChildTable.Builder apiUsage(String owner) {
    return ChildTable.of(
            "daily",
            MAP,
            "API requests of the "
                + owner
                + " per day and endpoint (GET .../api_usage); needs a range of days, e.g. date"
                + " BETWEEN '2026-11-01' AND '2026-11-30'")
        .from("api_usage")
        .key("date", "UTC day, YYYY-MM-DD (WHERE gives start_date and end_date)")
        .entries("endpoint", "requests")
        .window(new DateWindow("date", "start_date", "end_date", 30))
        .columns(
            Columns.element()
                .add("endpoint", VARCHAR, "endpoint", "What the requests read, e.g. files, urls")
                .add("requests", BIGINT, "requests", "Requests that day"));
  }

  /** The privileges and quotas tables of an account of the given kind ("user", "group", ...). */
  static List<ChildTable.Builder> tables(String owner) {
    return List.of(
        ChildTable.of(
                "privileges",
                MAP,
                "Privileges of the "
                    + owner
                    + ", one row per privilege (granted or not); only its owner sees them")
            .key(
                "name",
                "Privilege name, e.g. intelligence, vtalerts (Livehunt), retrohunt-tier-1,"
                    + " private (Private Scanning), monitor")
            .columns(
                Columns.element()
                    .bool("granted", "Whether the privilege is granted")
                    .dates("expiration_date", "When the privilege expires, if it does")
                    .text("inherited_from", "Group the privilege is inherited from")
                    .text("inherited_via", "Quota group the privilege comes through")),
        ChildTable.of(
                "quotas",
                MAP,
                "Quotas of the " + owner + ", one row per quota; only its owner sees them")
            .key("name", "Quota name, e.g. api_requests_daily, intelligence_searches_monthly")
            .columns(
                Columns.element()
                    .add("allowed", BIGINT, "allowed", "Most uses the quota allows")
                    .add("used", BIGINT, "used", "Uses so far in the quota's period")));
  }
}
