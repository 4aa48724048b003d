package io.vtsql.adapter.catalog.types;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.ObjectType;

/**
 * The {@code whois} object type: historical WHOIS records, reached only as the targets of the
 * {@code historical_whois} relationships (the API documents no collection of them).
 */
public final class WhoisRecords {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("whois", "whois")
          .description("Historical WHOIS records of domains and IP addresses")
          .columns(
              Columns.id("Id of the whois object")
                  .dates("first_seen_date", "First time this WHOIS record was seen")
                  .dates("last_updated", "Last update date of the record")
                  .text("registrant_country", "Registrant country")
                  .text("registrar_name", "Registrar name")
                  .text("whois_map", "Raw WHOIS fields as JSON"))
          .targetOnly()
          .build();

  private WhoisRecords() {}
}
