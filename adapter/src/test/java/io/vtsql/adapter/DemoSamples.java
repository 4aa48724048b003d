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
          Map.entry("graphs", "g8888c57f6ed004ffcf13c4dec373bbeaa6165bc668294e94a5c34e94873b89b3"),
          Map.entry(
              "hunting_notifications",
              "432459469215674-5580979676398474-d22d231f1d26b5cda49ff9d919770a3c"),
          Map.entry("hunting_rulesets", "5580979676398474"),
          Map.entry("ip_addresses", "73.15.127.150"),
          Map.entry(
              "monitor_items",
              "dnRtb25pdG9yLXYxOi8vZGVtb192ZW5kb3IvYWNtZS1zdWl0ZS9iaW4vYWNtZS1hZ2VudC5leGU="),
          Map.entry(
              "private_analyses",
              "NzNiNmE1YjdjMGVhYzE2ZmNmYzdiY2M5NjUyZDBiZDI6Y2Y0YzMxNDNlODllNjdkMjE0N2MyYTU0OTAwNGE0MDA6MTc2NjE4ODgwMA=="),
          Map.entry(
              "private_files", "5fc2ed8ea70238a9923837dc99f9d99653698030e3ff5020d44179b126897223"),
          Map.entry(
              "private_urls", "b2dcd2a73bd1ea40f1b562404d3fd002cf94a371c0acb5374ef93b62cf2ba67d"),
          Map.entry("service_accounts", "demo_service"),
          Map.entry("resolutions", "104.21.149.91cdn3.files-soft.top"),
          Map.entry("retrohunt_jobs", "demo_analyst-1764666000"),
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
