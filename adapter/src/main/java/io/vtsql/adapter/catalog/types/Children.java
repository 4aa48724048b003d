package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.VtColumnType.TIMESTAMP;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR_ARRAY;

import io.vtsql.adapter.catalog.ChildTable;
import io.vtsql.adapter.catalog.Columns;

/** Child tables and columns several object types share. */
final class Children {
  private Children() {}

  /** {@code <type>_last_analysis_results}: one row per engine of the last analysis. */
  static ChildTable.Builder engineVerdicts(String what) {
    return engineVerdicts(
        "last_analysis_results",
        "Engine verdicts of the " + what + "'s last analysis, one row per engine");
  }

  /** A child table of the engine map at {@code attribute}, one row per engine. */
  static ChildTable.Builder engineVerdicts(String attribute, String description) {
    return ChildTable.of(attribute, ChildTable.Shape.MAP, description)
        .key("engine")
        .columns(
            Columns.element()
                .text(
                    "category",
                    "Verdict category: malicious, suspicious, undetected, harmless,"
                        + " timeout, type-unsupported, failure")
                .text("result", "Detection name, or null")
                .text("method", "How the engine decided (blacklist, ...)")
                .text("engine_name", "Engine name")
                .text("engine_version", "Engine version")
                .text(
                    "engine_update",
                    "Date of the engine's signatures, YYYYMMDD as the API" + " writes it"));
  }

  /** {@code <type>_categories}: the category each vendor files the object under. */
  static ChildTable.Builder categories(String what) {
    return ChildTable.of(
            "categories",
            ChildTable.Shape.VALUE_MAP,
            "Categories vendors file the " + what + " under, one row per vendor")
        .key("engine")
        .value("category");
  }

  /**
   * The fields of {@code last_https_certificate} (one object, not a list) analysts filter on, after
   * {@code columns}: validity dates are UTC text in the API (capture mdb_domain_haiku-os.org.json),
   * read as timestamps.
   */
  static Columns httpsCertificate(Columns columns) {
    final String c = "last_https_certificate.";
    return columns
        .add(
            "https_certificate_subject_cn",
            VARCHAR,
            c + "subject.CN",
            "Subject common name of the last HTTPS certificate")
        .add(
            "https_certificate_issuer_cn",
            VARCHAR,
            c + "issuer.CN",
            "Issuer common name of the last HTTPS certificate, e.g. R11")
        .add(
            "https_certificate_issuer_o",
            VARCHAR,
            c + "issuer.O",
            "Issuer organisation of the last HTTPS certificate, e.g. Let's Encrypt")
        .add(
            "https_certificate_not_before",
            TIMESTAMP,
            c + "validity.not_before",
            "Start of the last HTTPS certificate's validity (UTC)")
        .add(
            "https_certificate_not_after",
            TIMESTAMP,
            c + "validity.not_after",
            "End of the last HTTPS certificate's validity (UTC)")
        .add(
            "https_certificate_serial_number",
            VARCHAR,
            c + "serial_number",
            "Serial number of the last HTTPS certificate (hex)")
        .add(
            "https_certificate_thumbprint",
            VARCHAR,
            c + "thumbprint",
            "SHA-1 thumbprint of the last HTTPS certificate")
        .add(
            "https_certificate_thumbprint_sha256",
            VARCHAR,
            c + "thumbprint_sha256",
            "SHA-256 thumbprint of the last HTTPS certificate")
        .add(
            "https_certificate_subject_alternative_names",
            VARCHAR_ARRAY,
            c + "extensions.subject_alternative_name",
            "Subject alternative names of the last HTTPS certificate")
        .dates("last_https_certificate_date", "When the last HTTPS certificate was retrieved");
  }
}
