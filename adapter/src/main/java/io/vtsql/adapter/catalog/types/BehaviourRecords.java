package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ChildTable.Shape.OBJECTS;

import io.vtsql.adapter.catalog.ChildTable;
import io.vtsql.adapter.catalog.Columns;

/**
 * The behaviour records a sandbox report and a file's behaviour summary share (protocol.md §5,
 * §9.7): dropped files, DNS lookups, network flows and ATT&amp;CK techniques, declared once for
 * both.
 */
final class BehaviourRecords {
  private BehaviourRecords() {}

  /** Files dropped during a run. */
  static ChildTable.Builder filesDropped(String description) {
    return ChildTable.of("files_dropped", OBJECTS, description)
        .columns(
            Columns.element()
                .text("path", "Path of the dropped file")
                .text("sha256", "SHA-256 of the dropped file (a files id)")
                .text("type", "File type tag of the dropped file"));
  }

  /** DNS lookups with their answers. */
  static ChildTable.Builder dnsLookups(String description) {
    return ChildTable.of("dns_lookups", OBJECTS, description)
        .columns(
            Columns.element()
                .text("hostname", "Host name looked up")
                .list("resolved_ips", "Addresses the name resolved to"));
  }

  /** Network flows. */
  static ChildTable.Builder ipTraffic(String description) {
    return ChildTable.of("ip_traffic", OBJECTS, description)
        .columns(
            Columns.element()
                .text("destination_ip", "Destination address")
                .integer("destination_port", "Destination port")
                .text("transport_layer_protocol", "TCP or UDP"));
  }

  /** ATT&amp;CK techniques the signatures saw. */
  static ChildTable.Builder mitreTechniques(String description) {
    return ChildTable.of("mitre_attack_techniques", OBJECTS, description)
        .columns(
            Columns.element()
                .text("id", "ATT&CK technique id, e.g. T1055 (an attack_techniques id)")
                .text("signature_description", "What the signature saw")
                .text("severity", "IMPACT_SEVERITY_INFO, _LOW, _MEDIUM or _HIGH"));
  }
}
