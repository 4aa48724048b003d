package io.vtsql.adapter.catalog.types;

import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.ValueListEndpoint;

/**
 * Table {@code popular_threat_categories}: the threat categories VirusTotal ranks files by ({@code
 * popular_threat_classification}), one row per name of {@code GET /popular_threat_categories}, a
 * list of strings rather than objects.
 */
public final class PopularThreatCategories {
  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("popular_threat_category", "popular_threat_categories")
          .description(
              "Threat categories VirusTotal classifies files into (trojan, ransomware,"
                  + " ...), one row per category; the whole list is one request")
          .columns(
              Columns.value(
                  "category", "Category name, as in the files'" + " popular_threat_classification"))
          .scan(new ValueListEndpoint("/popular_threat_categories"))
          .build();

  private PopularThreatCategories() {}
}
