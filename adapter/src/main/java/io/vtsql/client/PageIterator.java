package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Lazy iteration over every item of a paged collection, following {@code meta.cursor}.
 *
 * <p>No request is made before the first {@link #hasNext()}; the next page is requested only when
 * the current one is exhausted and the consumer asks for more; after {@link #close()} nothing more
 * is requested. Each page request repeats the original parameters plus {@code cursor}, against the
 * client's own base URL (the host of {@code links.next} is never trusted). Not thread-safe: one
 * consumer at a time.
 */
public final class PageIterator implements Iterator<VtObject>, AutoCloseable {
  private final BiFunction<String, Map<String, String>, VtPage> fetcher;
  private final String path;
  private final Map<String, String> params;
  private Iterator<VtObject> current;
  private String cursor;
  private boolean exhausted;
  private boolean closed;
  private int pagesFetched;
  private VtPage lastPage;

  PageIterator(
      BiFunction<String, Map<String, String>, VtPage> fetcher,
      String path,
      Map<String, String> params) {
    this.fetcher = requireNonNull(fetcher, "fetcher");
    this.path = requireNonNull(path, "path");
    this.params = Map.copyOf(requireNonNull(params, "params"));
  }

  @Override
  public boolean hasNext() {
    while (!closed && (current == null || !current.hasNext())) {
      if (exhausted) {
        return false;
      }
      fetchNextPage();
    }
    return !closed;
  }

  @Override
  public VtObject next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  /** Number of pages requested so far. */
  public int pagesFetched() {
    return pagesFetched;
  }

  /**
   * The most recently fetched page (its meta carries total_hits, count...), empty before the first
   * request.
   */
  public Optional<VtPage> lastPage() {
    return Optional.ofNullable(lastPage);
  }

  /** Stops paging: no further request is made and {@link #hasNext()} answers false. */
  @Override
  public void close() {
    closed = true;
    current = null;
  }

  private void fetchNextPage() {
    Map<String, String> pageParams = new HashMap<>(params);
    if (cursor != null) {
      pageParams.put("cursor", cursor);
    }
    VtPage page = fetcher.apply(path, pageParams);
    pagesFetched++;
    lastPage = page;
    current = page.data().iterator();
    String next = page.cursor().orElse(null);
    if (next != null && next.equals(cursor)) {
      throw new VtProtocolException(
          "CursorLoop",
          200,
          path,
          "the server returned the same cursor again after page "
              + pagesFetched
              + "; stopping instead of looping",
          null);
    }
    cursor = next;
    exhausted = next == null;
  }
}
