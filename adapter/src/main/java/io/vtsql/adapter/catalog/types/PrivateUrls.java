package io.vtsql.adapter.catalog.types;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.Privilege;
import java.util.List;
import java.util.Set;

/**
 * The {@code private_url} object type: table {@code private_urls}, the URLs a key's group scanned
 * with Private Scanning, read by URL identifier with {@code GET /private/urls/{id}} (there is no
 * list endpoint). "Most URL's attributes are present in private URLs" (reference/private-urls), so
 * its columns are those of {@code urls} but the community ones.
 */
public final class PrivateUrls {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("private_url", "private_urls")
          .collectionPath("/private/urls")
          .description(
              "URLs scanned privately (needs a Private Scanning licence), read by id or url (id ="
                  + " SHA-256 of the URL)")
          .columns(
              Columns.id("SHA-256 of the canonical URL (the object id)")
                  .sharedWith(Urls.TYPE, Set.of("votes_harmless", "votes_malicious", "reputation")))
          .key("id", IdForms.hash(List.of(64), List.of()))
          .key("url", IdForms.URL)
          .privilege(Privilege.PRIVATE_SCANNING)
          .relationships(
              new String[][] {{"analyses", "private_analysis", "", "Private analyses of the URL"}})
          .build();

  private PrivateUrls() {}
}
