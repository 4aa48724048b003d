package io.vtsql.adapter.exec;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.VtQueryException;
import io.vtsql.adapter.query.VtOrder;
import io.vtsql.adapter.query.VtQuery;
import io.vtsql.client.CancelSignal;
import io.vtsql.client.PageIterator;
import io.vtsql.client.VtClient;
import io.vtsql.client.VtForbiddenException;
import io.vtsql.client.VtObject;
import io.vtsql.client.VtPage;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Rows of one scan (intelligence search or list endpoint), paged lazily through the client's {@link
 * PageIterator}: a page is requested only when the consumer wants a row past the current one, never
 * past {@code offset + fetch} rows (plus, when the order has local tie keys, the rest of the tie
 * group at that boundary and one row to see it end), and never beyond the statement's request
 * budget.
 */
public final class SearchEnumerator implements Enumerator<Object[]> {
  private final VtClient client;
  private final VtQuery query;
  private final RequestBudget budget;
  private final AtomicBoolean cancelFlag;
  private final RowConverter converter;
  private final Optional<ObjectCache> objects;
  private final Long needed;
  private final TieGroups ties;
  private PageIterator pages;
  private long emitted;
  private int pulledFromPage;
  private Object[] current;

  SearchEnumerator(VtClient client, VtQuery query, RequestBudget budget, AtomicBoolean cancelFlag) {
    this.client = requireNonNull(client, "client");
    this.query = requireNonNull(query, "query");
    this.budget = requireNonNull(budget, "budget");
    this.cancelFlag = cancelFlag;
    this.converter = new RowConverter(query.columns());
    this.needed = query.rowsNeeded();
    this.objects = ClientServices.objects(client);
    final VtOrder order = query.order();
    this.ties =
        order == null || order.ties().isEmpty()
            ? null
            : new TieGroups(this::pull, order, query.entity());
  }

  @Override
  public Object[] current() {
    return current;
  }

  @Override
  public boolean moveNext() {
    while (needed == null || emitted < needed) {
      final VtObject object = ties == null ? pull() : ties.next();
      if (object == null) {
        return false;
      }
      emitted++;
      if (emitted > query.offset()) {
        current = converter.toRow(object);
        return true;
      }
    }
    return false;
  }

  /** The next object in VirusTotal's order, requesting a page when needed; null at the end. */
  private VtObject pull() {
    if (cancelFlag != null && cancelFlag.get()) {
      close();
      throw new VtQueryException("Statement cancelled; stopped paging " + query.requests());
    }
    if (pages == null) {
      pages = client.iterate(query.endpoint().orElseThrow().path(), query.searchParameters());
    }
    if (nextNeedsRequest()) {
      budget.ensureAvailable("page " + (pages.pagesFetched() + 1) + " of " + query.requests());
    }
    final int before = pages.pagesFetched();
    final boolean has;
    try {
      has = CancelSignal.watching(Cancellation.of(cancelFlag), pages::hasNext);
    } catch (VtForbiddenException e) {
      throw Grants.refused(
          e, query.endpoint().orElseThrow().privilege(), "vt." + query.entity().tableName());
    }
    final int sent = pages.pagesFetched() - before;
    if (sent > 0) {
      budget.record(sent);
      pulledFromPage = 0;
    }
    if (!has) {
      return null;
    }
    final VtObject object = pages.next();
    objects.ifPresent(c -> c.put(object));
    pulledFromPage++;
    return object;
  }

  /** Whether {@code hasNext()} will have to request a page. */
  private boolean nextNeedsRequest() {
    if (pages.pagesFetched() == 0) {
      return true;
    }
    final VtPage last = pages.lastPage().orElseThrow();
    return pulledFromPage >= last.data().size() && last.cursor().isPresent();
  }

  @Override
  public void reset() {
    throw new UnsupportedOperationException("a VirusTotal scan cannot be rewound");
  }

  @Override
  public void close() {
    if (pages != null) {
      pages.close();
    }
  }
}
