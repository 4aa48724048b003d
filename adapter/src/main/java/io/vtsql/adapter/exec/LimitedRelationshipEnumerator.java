package io.vtsql.adapter.exec;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.query.RelationshipQuery;
import io.vtsql.client.VtObject;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Rows of a relationship under a folded LIMIT: parents are read one at a time, in parent order and
 * then API order, and no request is sent once {@code offset + fetch} rows have been read.
 *
 * <p>There is deliberately no look-ahead (unlike {@link FanOutEnumerator}): how many targets a
 * parent has is only known once its first page has arrived, and a parent may have none, so any call
 * started before the rows already read are counted could be one whose rows are never needed.
 * Reading sequentially, every request is sent only while the rows so far fall short, which is the
 * fewest requests that give the same rows; the price is latency (no parallel calls), paid only by
 * LIMIT queries. Each parent's first page asks for {@code min(40, rows still needed)} targets; its
 * cursor pages keep that limit, because VirusTotal ties a cursor to the parameters of the page that
 * returned it.
 */
public final class LimitedRelationshipEnumerator implements Enumerator<Object[]> {
  private final RelationshipRead read;
  private final List<String> parents;
  private final long offset;
  private final long needed;
  private int parent = -1;
  private int pageLimit;
  private String cursor;
  private Iterator<VtObject> rows = Collections.emptyIterator();
  private long rowsRead;
  private Object[] current;

  /**
   * Creates an enumerator.
   *
   * @param parents distinct parent ids, in output order
   * @param offset rows skipped before the first row produced
   * @param fetch most rows produced after the offset
   */
  LimitedRelationshipEnumerator(
      RelationshipRead read, List<String> parents, long offset, long fetch) {
    this.read = requireNonNull(read, "read");
    this.parents = List.copyOf(parents);
    this.offset = offset;
    this.needed = fetch == 0 ? 0 : offset + fetch;
  }

  @Override
  public Object[] current() {
    return current;
  }

  @Override
  public boolean moveNext() {
    while (rowsRead < needed) {
      read.failIfCancelled(this::close);
      if (rows.hasNext()) {
        final VtObject target = rows.next();
        rowsRead++;
        if (rowsRead > offset) {
          current = read.converter().toRow(parents.get(parent), target);
          return true;
        }
        continue;
      }
      if (cursor == null) {
        if (parent + 1 >= parents.size()) {
          break;
        }
        parent++;
        pageLimit = (int) Math.min(RelationshipQuery.PAGE_SIZE, needed - rowsRead);
      }
      fetchPage();
    }
    return false;
  }

  private void fetchPage() {
    read.spendRequest(parents.get(parent), cursor);
    final ParentFetcher.Page page = read.fetch(parents.get(parent), cursor, pageLimit);
    rows = page.data().iterator();
    cursor = page.cursor();
  }

  @Override
  public void reset() {
    throw new UnsupportedOperationException("a relationship scan cannot be rewound");
  }

  @Override
  public void close() {
    parent = parents.size();
    cursor = null;
    rows = Collections.emptyIterator();
  }
}
