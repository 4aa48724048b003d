package io.vtsql.adapter.catalog;

import io.vtsql.adapter.catalog.types.AlertAssets;
import io.vtsql.adapter.catalog.types.AlertNotifications;
import io.vtsql.adapter.catalog.types.Analyses;
import io.vtsql.adapter.catalog.types.AttackTactics;
import io.vtsql.adapter.catalog.types.AttackTechniques;
import io.vtsql.adapter.catalog.types.Collections;
import io.vtsql.adapter.catalog.types.Comments;
import io.vtsql.adapter.catalog.types.Domains;
import io.vtsql.adapter.catalog.types.FileBehaviours;
import io.vtsql.adapter.catalog.types.Files;
import io.vtsql.adapter.catalog.types.Graphs;
import io.vtsql.adapter.catalog.types.Groups;
import io.vtsql.adapter.catalog.types.HuntingNotificationFiles;
import io.vtsql.adapter.catalog.types.HuntingNotifications;
import io.vtsql.adapter.catalog.types.HuntingRulesets;
import io.vtsql.adapter.catalog.types.IocStream;
import io.vtsql.adapter.catalog.types.IpAddresses;
import io.vtsql.adapter.catalog.types.Metadata;
import io.vtsql.adapter.catalog.types.MonitorAnalyses;
import io.vtsql.adapter.catalog.types.MonitorItems;
import io.vtsql.adapter.catalog.types.PopularThreatCategories;
import io.vtsql.adapter.catalog.types.PrivateAnalyses;
import io.vtsql.adapter.catalog.types.PrivateFileBehaviours;
import io.vtsql.adapter.catalog.types.PrivateFiles;
import io.vtsql.adapter.catalog.types.PrivateUrls;
import io.vtsql.adapter.catalog.types.Resolutions;
import io.vtsql.adapter.catalog.types.RetrohuntJobs;
import io.vtsql.adapter.catalog.types.ServiceAccounts;
import io.vtsql.adapter.catalog.types.SigmaRules;
import io.vtsql.adapter.catalog.types.Submissions;
import io.vtsql.adapter.catalog.types.ThreatActors;
import io.vtsql.adapter.catalog.types.Urls;
import io.vtsql.adapter.catalog.types.Users;
import io.vtsql.adapter.catalog.types.Votes;
import io.vtsql.adapter.catalog.types.WhoisRecords;
import io.vtsql.adapter.catalog.types.YaraRules;
import io.vtsql.adapter.catalog.types.YaraRulesets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The registry of declared object types, in the order tables are listed: adding a type is one
 * declaration in {@code catalog.types} and one line here. Nothing here calls the API, so metadata
 * enumeration is free.
 */
public final class Catalog {
  private static final List<ObjectType> TYPES =
      List.of(
          Files.TYPE,
          Urls.TYPE,
          Domains.TYPE,
          IpAddresses.TYPE,
          Comments.TYPE,
          Votes.TYPE,
          Submissions.TYPE,
          Resolutions.TYPE,
          WhoisRecords.TYPE,
          Analyses.TYPE,
          PopularThreatCategories.TYPE,
          Collections.TYPE,
          ThreatActors.TYPE,
          AttackTactics.TYPE,
          AttackTechniques.TYPE,
          FileBehaviours.TYPE,
          YaraRules.TYPE,
          YaraRulesets.TYPE,
          SigmaRules.TYPE,
          HuntingRulesets.TYPE,
          HuntingNotifications.TYPE,
          HuntingNotificationFiles.TYPE,
          IocStream.TYPE,
          RetrohuntJobs.TYPE,
          MonitorItems.TYPE,
          MonitorAnalyses.TYPE,
          Graphs.TYPE,
          PrivateFiles.TYPE,
          PrivateFileBehaviours.TYPE,
          PrivateAnalyses.TYPE,
          PrivateUrls.TYPE,
          Users.TYPE,
          Groups.TYPE,
          ServiceAccounts.TYPE,
          AlertAssets.TYPE,
          AlertNotifications.TYPE);

  private static final List<DocumentTable> DOCUMENTS = Metadata.TABLES;

  private static final List<OwnUserTable> OWN_USER = Users.OWN_USER;

  private Catalog() {}

  /** Every declared type, tables first in registration order. */
  public static List<ObjectType> types() {
    return TYPES;
  }

  /** The types that are tables. */
  public static List<ObjectType> tables() {
    return TYPES.stream().filter(ObjectType::isTable).toList();
  }

  /** The type VirusTotal calls {@code objectType} ({@code data[].type}). */
  public static Optional<ObjectType> byType(String objectType) {
    return TYPES.stream().filter(t -> t.objectType().equals(objectType)).findFirst();
  }

  /** The type of a table. */
  public static Optional<ObjectType> byTable(String table) {
    return tables().stream().filter(t -> t.tableName().equals(table)).findFirst();
  }

  /**
   * The searchable type of an {@code entity:} value ({@code ip} and {@code ip_address} both work).
   */
  public static Optional<ObjectType> bySearchEntity(String value) {
    final String v = value.toLowerCase(Locale.ROOT);
    return TYPES.stream()
        .filter(
            t ->
                t.search().isPresent()
                    && (t.search().get().entity().equals(v) || t.objectType().equals(v)))
        .findFirst();
  }

  /** Every relationship, grouped by source type in registration order, then by name. */
  public static List<RelationshipDef> relationships() {
    return TYPES.stream().flatMap(t -> t.relationships().stream()).toList();
  }

  /** Every child table, grouped by parent type. */
  public static List<ChildTable> children() {
    return TYPES.stream().flatMap(t -> t.children().stream()).toList();
  }

  /** Every table of a single-document endpoint ({@code /metadata}). */
  public static List<DocumentTable> documents() {
    return DOCUMENTS;
  }

  /** Every table of the connection's own user ({@code my_quotas}, ...). */
  public static List<OwnUserTable> ownUserTables() {
    return OWN_USER;
  }

  /** The files type. */
  public static ObjectType files() {
    return Files.TYPE;
  }
}
