package io.vtsql.adapter;

import java.util.Map;
import java.util.Optional;

/**
 * Ids of the simulator's demo corpus (seed 42) to try each table with: facts of the corpus, not of
 * VirusTotal, so they live with the tests that print them into docs/tables.md and check that the
 * simulator serves them.
 */
final class DemoSamples {
  private static final Map<String, String> BY_TABLE =
      Map.ofEntries(
          Map.entry(
              "analyses",
              "f-512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab-1766532679"),
          Map.entry("attack_tactics", "TA0001"),
          Map.entry("attack_techniques", "T1566"),
          Map.entry("collections", "malware--ebf029e5-83d7-454d-a25f-d18d57dc7111"),
          Map.entry(
              "comments",
              "f-512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab-b1fc12de"),
          Map.entry("domains", "files-host.top"),
          Map.entry("groups", "demo_group"),
          Map.entry("files", "512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab"),
          Map.entry("ip_addresses", "73.15.127.150"),
          Map.entry("service_accounts", "demo_service"),
          Map.entry("resolutions", "104.21.149.91cdn3.files-soft.top"),
          Map.entry(
              "sigma_rules", "23305b943768a1ab8576ccb5a23885b5a112174b05653df4b0805b044f55b3cf"),
          Map.entry(
              "submissions",
              "u-9e5a047daa4994b340be09b5d04352cdc21b13854a8808dc518cf3cae1abeecd-1766421774"),
          Map.entry("users", "demo_analyst"),
          Map.entry("threat_actors", "bc3a5cab-6a8d-4529-a62d-1b2cda1dc2b9"),
          Map.entry(
              "votes",
              "f-512499c2e77b6d49746f846652e0a605d61a1dcd96cf8e1b5465a682c8ddd9ab-b8f69c01"),
          Map.entry("yara_rules", "3aee08d4e2|win_emotet_auto"),
          Map.entry("yara_rulesets", "3aee08d4e2"));

  private DemoSamples() {}

  /** The sample id of a table, if one is listed. */
  static Optional<String> of(String table) {
    return Optional.ofNullable(BY_TABLE.get(table));
  }
}
