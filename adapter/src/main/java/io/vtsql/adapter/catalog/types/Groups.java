package io.vtsql.adapter.catalog.types;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ObjectType;

/**
 * The {@code group} object type: table {@code groups}, read by id ({@code GET /groups/{id}},
 * pw_group_get_pii_replaced.yml), with its administrators, users and service accounts (protocol.md
 * §5 Users / groups / quotas). Most attributes are visible to the group's members and admins only.
 */
public final class Groups {
  // Relationship rows: name, target type(s), flags ("E" premium only, "1" 1:1), description.
  private static final String[][] RELATIONSHIPS = {
    {"administrators", "user", "", "Administrators of the group"},
    {"service_accounts", "service_account", "", "Service accounts of the group"},
    {"users", "user", "", "Members of the group"},
  };

  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("group", "groups")
          .description(
              "Groups of VirusTotal users sharing privileges and quotas, read by id; most"
                  + " attributes are visible to the group's members only")
          .columns(
              Columns.id("Group id")
                  .text("organization", "Company name")
                  .text("organization_legal_name", "Company legal name")
                  .text("country", "Country (members only)")
                  .text("country_iso", "Country ISO code (members only)")
                  .text("domain_name", "Domain name of the group (members only)")
                  .text("industry", "Industry (members only)")
                  .dates("agreement_signed_date", "When the agreement was signed (members only)")
                  .list("auto_add_users", "Email patterns added to the group on sign-up (admins)"))
          .key("id", IdForms.OPAQUE)
          .relationships(RELATIONSHIPS)
          .children(AccountRecords.tables("group"))
          .child(AccountRecords.apiUsage("group's users"))
          .build();

  private Groups() {}
}
