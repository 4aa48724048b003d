package io.vtsql.adapter.query;

import io.vtsql.adapter.rules.VtTableScan;
import io.vtsql.adapter.write.VtTableWrite;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.calcite.adapter.enumerable.EnumerableBatchNestedLoopJoin;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Correlate;

/**
 * The VirusTotal requests of a whole statement, as the last line of its EXPLAIN plan: the sum of
 * the scans' known bounds; where some scan's cost depends on data (keys or parents known only at
 * run time, an unlimited search, a tie group, or a scan repeated per outer row), a range from the
 * requests the statement sends whatever the data (without cache) to its {@code maxRequests} limit,
 * then each such scan in words. Cached responses make it cheaper, a LIMIT above may stop a scan
 * early.
 */
public final class StatementRequests {
  /** Start of the line, so readers and tools can find it. */
  public static final String PREFIX = "-- VirusTotal requests: ";

  private static final String CACHE_NOTE = " (fewer when responses are cached)";

  private StatementRequests() {}

  /** The line for a physical or logical plan, or empty when it reads no VirusTotal table. */
  public static Optional<String> of(RelNode root) {
    final List<Scan> scans = new ArrayList<>();
    collect(root, false, scans);
    if (scans.isEmpty()) {
      return Optional.empty();
    }
    long known = 0;
    long atLeast = 0;
    final List<String> knownParts = new ArrayList<>();
    final List<String> dependent = new ArrayList<>();
    for (Scan scan : scans) {
      atLeast += scan.atLeast();
      if (scan.bound().isPresent()) {
        known += scan.bound().getAsLong();
        knownParts.add("at most " + scan.bound().getAsLong() + " for " + scan.table());
      } else {
        dependent.add(scan.dependence() + " for " + scan.table());
      }
    }
    if (dependent.isEmpty()) {
      return Optional.of(PREFIX + "at most " + known + CACHE_NOTE);
    }
    final List<String> parts = new ArrayList<>(knownParts);
    parts.addAll(dependent);
    final int limit = maxRequests(root);
    return Optional.of(
        PREFIX
            + (limit > 0 ? Math.min(atLeast, limit) + " to " + limit + " (maxRequests); " : "")
            + "depends on data: "
            + String.join(" + ", parts)
            + CACHE_NOTE);
  }

  /** The {@code maxRequests} of the plan's connection (every scan of a statement shares it). */
  private static int maxRequests(RelNode node) {
    if (node instanceof VtTableScan scan) {
      return scan.maxRequests();
    }
    return node.getInputs().stream()
        .mapToInt(StatementRequests::maxRequests)
        .filter(n -> n > 0)
        .findFirst()
        .orElse(0);
  }

  /**
   * Collects the scans of a plan; {@code repeated} marks the inner side of a correlation, which
   * runs once per outer row or batch.
   */
  private static void collect(RelNode node, boolean repeated, List<Scan> scans) {
    if (node instanceof VtTableWrite write) {
      final List<String> name = write.getTable().getQualifiedName();
      scans.add(
          new Scan(
              name.get(name.size() - 1),
              write.plan().requestsAtMost(),
              "one " + write.plan().request().describe() + " per input row",
              0));
      node.getInputs().forEach(i -> collect(i, repeated, scans));
      return;
    }
    if (node instanceof VtTableScan scan && scan.spec() instanceof RelationshipQuery q) {
      // A correlated scan's own words already count per parent.
      scans.add(
          scanOf(
              scan,
              RequestEstimate.of(q),
              RequestEstimate.describe(q),
              repeated ? 0 : RequestEstimate.atLeast(q),
              repeated && !q.correlated()));
      return;
    }
    if (node instanceof VtTableScan scan && scan.spec() instanceof DocumentQuery) {
      scans.add(scanOf(scan, OptionalLong.of(1), "1", repeated ? 0 : 1, repeated));
      return;
    }
    if (node instanceof VtTableScan scan) {
      final OptionalLong bound = RequestEstimate.of(scan.query());
      final boolean perKey = scan.query().accessPath() == AccessPath.POINT_LOOKUP;
      scans.add(
          scanOf(
              scan,
              bound,
              bound.isPresent()
                  ? Long.toString(bound.getAsLong())
                  : RequestEstimate.dataDependence(scan.query()),
              repeated ? 0 : RequestEstimate.atLeast(scan.query()),
              repeated && !(perKey && bound.isEmpty())));
      return;
    }
    final boolean correlating =
        node instanceof Correlate || node instanceof EnumerableBatchNestedLoopJoin;
    final List<RelNode> inputs = node.getInputs();
    for (int i = 0; i < inputs.size(); i++) {
      collect(inputs.get(i), repeated || correlating && i == 1, scans);
    }
  }

  private static Scan scanOf(
      RelNode scan, OptionalLong bound, String perRun, long atLeast, boolean repeated) {
    final List<String> name = scan.getTable().getQualifiedName();
    final String table = name.get(name.size() - 1);
    return repeated
        ? new Scan(table, OptionalLong.empty(), perRun + " per outer row or batch", atLeast)
        : new Scan(table, bound, perRun, atLeast);
  }

  /** One scan's bound, or what its cost depends on, and what it sends whatever the data. */
  private record Scan(String table, OptionalLong bound, String dependence, long atLeast) {}
}
