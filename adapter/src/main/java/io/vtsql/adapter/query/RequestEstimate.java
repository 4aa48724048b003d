package io.vtsql.adapter.query;

import io.vtsql.adapter.exec.LimitedRelationshipEnumerator;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * The most requests one execution of a scan can cost, as EXPLAIN shows it ({@code requestsAtMost}):
 * a point lookup costs one per distinct key (literals are deduplicated by the id they are sent as,
 * impossible ones cost nothing, each parameter counts once), a limited search costs its pages; an
 * unlimited search, a search that must complete a tie group, or keys only known at run time (joins)
 * are unknown. Relationship scans: see {@link #of(RelationshipQuery)}. Cache hits make it cheaper.
 */
public final class RequestEstimate {
  private RequestEstimate() {}

  /** The bound, or empty when it cannot be known before running. */
  public static OptionalLong of(VtQuery query) {
    if (query.accessPath() == AccessPath.POINT_LOOKUP) {
      long params = 0;
      for (LookupKey key : query.keys()) {
        if (key.value() instanceof RexDynamicParam) {
          params++;
        } else if (!(key.value() instanceof RexLiteral)) {
          return OptionalLong.empty();
        }
      }
      return OptionalLong.of(literalIds(query).size() + params);
    }
    final Long needed = query.rowsNeeded();
    if (query.basicSearch()) {
      // VirusTotal sizes the pages of /search: only a LIMIT 0 is known to cost nothing.
      return needed != null && needed == 0 ? OptionalLong.of(0) : OptionalLong.empty();
    }
    if (needed == null || query.hasTies()) {
      // With tie keys the search reads on until the tie group at the LIMIT ends: unknown.
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.max(1, (needed + query.pageSize() - 1) / query.pageSize()));
  }

  /**
   * The bound of a relationship scan of P distinct constant parents (literals deduplicated, each
   * parameter counted once; join-fed parents are unknown). A 1:1 relationship costs exactly one
   * request per parent: P. A 1:N relationship without a folded LIMIT is unknown (a parent may have
   * any number of 40-target pages). With a folded LIMIT needing n = offset + fetch rows (read one
   * parent at a time, see {@link LimitedRelationshipEnumerator}): every requested parent costs one
   * first page, even an empty one, and a parent's further page is only sent after a full page of
   * 40, so the extra pages of all parents together are at most floor((n - 1) / 40); hence at most P
   * + ceil(n / 40) - 1, and 0 for FETCH 0.
   */
  public static OptionalLong of(RelationshipQuery query) {
    if (query.parents().isEmpty() || query.correlated()) {
      return OptionalLong.empty();
    }
    final OptionalLong parents = distinctParents(query);
    if (parents.isEmpty()) {
      return OptionalLong.empty();
    }
    final long distinct = parents.getAsLong();
    final Long needed = query.rowsNeeded();
    if (query.fetch() != null && query.fetch() == 0 || distinct == 0) {
      return OptionalLong.of(0);
    }
    if (query.relationship().singleRequest()) {
      return OptionalLong.of(distinct * query.requestsPerParent());
    }
    if (needed == null) {
      return OptionalLong.empty();
    }
    final long pageSize = RelationshipQuery.PAGE_SIZE;
    return OptionalLong.of(distinct + (needed + pageSize - 1) / pageSize - 1);
  }

  /** Distinct constant parents (literals deduplicated, each parameter once), if all are. */
  private static OptionalLong distinctParents(RelationshipQuery query) {
    long params = 0;
    for (RexNode parent : query.parents()) {
      if (parent instanceof RexDynamicParam) {
        params++;
      } else if (!(parent instanceof RexLiteral)) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.of(literalParents(query).size() + params);
  }

  /** The distinct literal ids of a lookup that can name an object, as their path ids. */
  private static Set<String> literalIds(VtQuery query) {
    final Set<String> literals = new HashSet<>();
    for (LookupKey key : query.keys()) {
      if (key.value() instanceof RexLiteral literal) {
        final String s = literal.getValueAs(String.class);
        if (s != null) {
          query.entity().idForm(key.column()).pathId(s).ifPresent(literals::add);
        }
      }
    }
    return literals;
  }

  /** The distinct non-empty literal parents of a relationship scan. */
  private static Set<String> literalParents(RelationshipQuery query) {
    final Set<String> literals = new HashSet<>();
    for (RexNode parent : query.parents()) {
      if (parent instanceof RexLiteral literal) {
        final String s = literal.getValueAs(String.class);
        if (s != null && !s.isEmpty()) {
          literals.add(s);
        }
      }
    }
    return literals;
  }

  /**
   * What one execution sends whatever the data, without cache: one GET per distinct literal id of a
   * lookup (a parameter may repeat another, so it counts nothing), the first page of a search or
   * list unless its LIMIT is 0.
   */
  public static long atLeast(VtQuery query) {
    if (query.accessPath() == AccessPath.POINT_LOOKUP) {
      return literalIds(query).size();
    }
    final OptionalLong bound = of(query);
    return bound.isPresent() ? Math.min(1, bound.getAsLong()) : 1;
  }

  /**
   * What one execution of a relationship scan sends whatever the data, without cache: the first
   * page of each distinct literal parent (none for parents fed by a join or a FETCH 0; {@code .}
   * and {@code ..} name no object and cost nothing).
   */
  public static long atLeast(RelationshipQuery query) {
    if (query.correlated() || query.fetch() != null && query.fetch() == 0) {
      return 0;
    }
    final Set<String> parents = literalParents(query);
    return parents.stream().filter(p -> !p.equals(".") && !p.equals("..")).count();
  }

  /** EXPLAIN text: the number, or {@code unknown}. */
  public static String describe(VtQuery query) {
    return describe(of(query));
  }

  /**
   * EXPLAIN text of a relationship scan: the number where it is known; otherwise the cost per
   * parent, which depends on data (parents fed by a join, or targets beyond the first page).
   */
  public static String describe(RelationshipQuery query) {
    final OptionalLong bound = of(query);
    if (bound.isPresent()) {
      return Long.toString(bound.getAsLong());
    }
    final String perParent =
        query.relationship().singleRequest()
            ? "1 per parent"
            : "1 per parent + 1 per further page of " + RelationshipQuery.PAGE_SIZE + " targets";
    final OptionalLong parents =
        query.correlated() || query.parents().isEmpty()
            ? OptionalLong.empty()
            : distinctParents(query);
    return parents.isPresent() ? "at least " + parents.getAsLong() + ": " + perParent : perParent;
  }

  /**
   * Why a scan's bound is unknown, in words a statement total can name: the cost of one execution
   * where it depends on data.
   */
  public static String dataDependence(VtQuery query) {
    if (query.accessPath() == AccessPath.POINT_LOOKUP) {
      return "1 per key known at run time";
    }
    final String perPage =
        query.basicSearch() ? "1 per page" : "1 per page of " + query.pageSize() + " results";
    if (query.rowsNeeded() != null) {
      return perPage + " up to the end of the tie group at row " + query.rowsNeeded();
    }
    return query.limitAbove() == null
        ? perPage + " read"
        : perPage + " until " + query.limitAbove() + " row(s) pass the local filter";
  }

  private static String describe(OptionalLong bound) {
    return bound.isPresent() ? Long.toString(bound.getAsLong()) : "unknown";
  }
}
