package io.vtsql.adapter.catalog.types;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ObjectType;

/**
 * The {@code service_account} object type: table {@code service_accounts}, read by id ({@code GET
 * /service_accounts/{id}}, endpoints.md Users &amp; groups), visible to its group's admins. Its
 * {@code apikey} is never shown: the client drops it from every response.
 */
public final class ServiceAccounts {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("service_account", "service_accounts")
          .description(
              "Service accounts of a group (keys that belong to no person), read by id; visible"
                  + " to the group's admins")
          .columns(
              Columns.id("Service account id")
                  .text("email", "Email-like identifier of the service account")
                  .text("first_name", "Who created the service account")
                  .integer("reputation", "Community reputation")
                  .text("status", "Account status, e.g. active")
                  .dates("user_since", "When the service account was created"))
          .key("id", IdForms.OPAQUE)
          .children(AccountRecords.tables("service account"))
          .build();

  private ServiceAccounts() {}
}
