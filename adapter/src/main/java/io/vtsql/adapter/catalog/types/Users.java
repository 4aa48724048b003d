package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ChildTable.Shape.MAP;
import static io.vtsql.adapter.catalog.VtColumnType.BIGINT;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR;

import io.vtsql.adapter.catalog.ChildTable;
import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.OwnUserTable;
import java.util.List;

/**
 * The {@code user} object type: table {@code users}, read by username ({@code GET /users/{id}},
 * pw_user_get_pii_replaced.yml); another user's public view has only the names, profile phrase,
 * reputation, status and join date (vx_graph_owner_user_1to1.yml). The {@code apikey} attribute is
 * never shown: the client drops it from every response. VirusTotal also accepts the key as the id,
 * which the client refuses to send (a key never goes in a URL); the connection property {@code
 * vtUser} names the key's own user instead.
 */
public final class Users {
  // Relationship rows: name, target type(s), flags ("E" premium only, "1" 1:1), description.
  private static final String[][] RELATIONSHIPS = {
    {"groups", "group", "", "Groups the user is a member of (only the user sees them)"},
  };

  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("user", "users")
          .description(
              "VirusTotal users, read by username; only the user sees its email, privileges and"
                  + " quotas, other keys get the public view")
          .columns(
              Columns.id("Username")
                  .text("first_name", "First name")
                  .text("last_name", "Last name")
                  .text("profile_phrase", "Profile phrase")
                  .integer("reputation", "Community reputation")
                  .text("status", "Account status, e.g. active")
                  .dates("user_since", "When the user joined")
                  .text("email", "Email (the user and its group's admins only)")
                  .dates("last_login", "Last login (the user and its group's admins only)")
                  .bool("has_2fa", "Whether two-factor authentication is on (the user only)"))
          .key("id", IdForms.OPAQUE)
          .relationships(RELATIONSHIPS)
          .children(AccountRecords.tables("user"))
          .child(overallQuotas())
          .child(AccountRecords.apiUsage("user"))
          .build();

  /**
   * The connection's own user's quotas, privileges and API usage ({@code vtUser}): "how much of
   * today's quota is left" without naming the user in every statement.
   */
  public static final List<OwnUserTable> OWN_USER =
      List.of(
          own("my_quotas", "user_overall_quotas"),
          own("my_privileges", "user_privileges"),
          own("my_api_usage", "user_api_usage_daily"));

  private Users() {}

  private static OwnUserTable own(String name, String childTable) {
    return new OwnUserTable(
        name,
        TYPE.children().stream()
            .filter(c -> c.tableName().equals(childTable))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no child table " + childTable)));
  }

  /**
   * {@code GET /users/{id}/overall_quotas}: each quota of the user and of the group it draws from
   * (protocol.md §5 Users / groups / quotas).
   */
  private static ChildTable.Builder overallQuotas() {
    return ChildTable.of(
            "",
            MAP,
            "The user's hourly, daily and monthly API allowances and use, its own and its group's"
                + " (GET /users/{id}/overall_quotas); the user and its group's admins only")
        .from("overall_quotas")
        .key("quota", "Quota name, e.g. api_requests_daily, api_requests_hourly")
        .columns(
            Columns.element()
                .add("user_allowed", BIGINT, "user.allowed", "Requests the user may send")
                .add("user_used", BIGINT, "user.used", "Requests the user has sent")
                .add("group_allowed", BIGINT, "group.allowed", "Requests the group may send")
                .add("group_used", BIGINT, "group.used", "Requests the group's users have sent")
                .add(
                    "group_inherited_from",
                    VARCHAR,
                    "group.inherited_from",
                    "Group the user's quota is drawn from"));
  }
}
