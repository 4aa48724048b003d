package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of a collection: its items, the cursor of the next page and the counters VirusTotal
 * sent.
 */
public final class VtPage {
  private final List<VtObject> data;
  private final String cursor;
  private final Long count;
  private final Long totalHits;
  private final String nextLink;
  private final String selfLink;
  private final JsonNode meta;

  VtPage(
      List<VtObject> data,
      String cursor,
      Long count,
      Long totalHits,
      String nextLink,
      String selfLink,
      JsonNode meta) {
    this.data = List.copyOf(requireNonNull(data, "data"));
    this.cursor = cursor;
    this.count = count;
    this.totalHits = totalHits;
    this.nextLink = nextLink;
    this.selfLink = selfLink;
    this.meta = requireNonNull(meta, "meta");
  }

  /** The items of this page, in API order. */
  public List<VtObject> data() {
    return data;
  }

  /**
   * Cursor of the next page; empty on the last page (absent, or the empty string VirusTotal
   * sometimes sends).
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  /** {@code meta.count}: total items of a relationship or collection, when sent. */
  public OptionalLong count() {
    return count == null ? OptionalLong.empty() : OptionalLong.of(count);
  }

  /** {@code meta.total_hits} of an intelligence search, when sent. */
  public OptionalLong totalHits() {
    return totalHits == null ? OptionalLong.empty() : OptionalLong.of(totalHits);
  }

  /** {@code links.next}, when sent. Paging follows {@link #cursor()}, never this URL's host. */
  public Optional<String> nextLink() {
    return Optional.ofNullable(nextLink);
  }

  /** {@code links.self}, when sent. */
  public Optional<String> selfLink() {
    return Optional.ofNullable(selfLink);
  }

  /** The whole {@code meta} object; a missing node when the response had none. */
  public JsonNode meta() {
    return meta;
  }

  @Override
  public String toString() {
    return "VtPage{" + data.size() + " items, cursor=" + (cursor != null) + "}";
  }
}
