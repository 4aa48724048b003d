package io.vtsql.adapter;

import static java.util.Objects.requireNonNull;

import io.vtsql.client.VtObject;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Rows of a relationship under a folded LIMIT: parents are read one at a time, in parent order
 * and then API order, and no request is sent once {@code offset + fetch} rows have been read.
 *
 * <p>There is deliberately no look-ahead (unlike {@link FanOutEnumerator}): how many targets a
 * parent has is only known once its first page has arrived, and a parent may have none, so any
 * call started before the rows already read are counted could be one whose rows are never
 * needed. Reading sequentially, every request is sent only while the rows so far fall short,
 * which is the fewest requests that give the same rows; the price is latency (no parallel
 * calls), paid only by LIMIT queries. Each parent's first page asks for
 * {@code min(40, rows still needed)} targets; its cursor pages keep that limit, because
 * VirusTotal ties a cursor to the parameters of the page that returned it.
 */
final class LimitedRelationshipEnumerator implements Enumerator<Object[]> {
  private final RelationshipFetcher fetcher;
  private final List<String> parents;
  private final long offset;
  private final long needed;
  private final RequestBudget budget;
  private final AtomicBoolean cancelFlag;
  private final RelationshipRowConverter converter;
  private final String what;
  private int parent = -1;
  private int pageLimit;
  private String cursor;
  private Iterator<VtObject> rows = Collections.emptyIterator();
  private long read;
  private Object[] current;

  /**
   * Creates an enumerator.
   *
   * @param parents distinct parent ids, in output order
   * @param offset rows skipped before the first row produced
   * @param fetch most rows produced after the offset
   * @param what the scan's requests, for error messages
   */
  LimitedRelationshipEnumerator(RelationshipFetcher fetcher, List<String> parents, long offset,
      long fetch, RequestBudget budget, AtomicBoolean cancelFlag,
      RelationshipRowConverter converter, String what) {
    this.fetcher = requireNonNull(fetcher, "fetcher");
    this.parents = List.copyOf(parents);
    this.offset = offset;
    this.needed = fetch == 0 ? 0 : offset + fetch;
    this.budget = requireNonNull(budget, "budget");
    this.cancelFlag = cancelFlag;
    this.converter = requireNonNull(converter, "converter");
    this.what = requireNonNull(what, "what");
  }

  @Override public Object[] current() {
    return current;
  }

  @Override public boolean moveNext() {
    while (read < needed) {
      checkCancel();
      if (rows.hasNext()) {
        final VtObject target = rows.next();
        read++;
        if (read > offset) {
          current = converter.toRow(parents.get(parent), target);
          return true;
        }
        continue;
      }
      if (cursor == null) {
        if (parent + 1 >= parents.size()) {
          break;
        }
        parent++;
        pageLimit = (int) Math.min(RelationshipQuery.PAGE_SIZE, needed - read);
      }
      fetchPage();
    }
    return false;
  }

  private void fetchPage() {
    budget.ensureAvailable(what);
    budget.record(1);
    final RelationshipFetcher.Page page =
        fetcher.fetch(parents.get(parent), cursor, pageLimit);
    rows = page.data().iterator();
    cursor = page.cursor();
  }

  private void checkCancel() {
    if (cancelFlag != null && cancelFlag.get()) {
      close();
      throw new VtQueryException("Statement cancelled; stopped reading " + what);
    }
  }

  @Override public void reset() {
    throw new UnsupportedOperationException("a relationship scan cannot be rewound");
  }

  @Override public void close() {
    parent = parents.size();
    cursor = null;
    rows = Collections.emptyIterator();
  }
}
