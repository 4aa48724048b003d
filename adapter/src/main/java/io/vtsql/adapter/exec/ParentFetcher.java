package io.vtsql.adapter.exec;

import io.vtsql.client.VtObject;
import java.util.List;

/**
 * Reads the rows of one parent of a relationship or child table: a page of related objects, or the
 * nested records of the parent object itself.
 */
public interface ParentFetcher {
  /** One page of a parent's rows, each an object whose attributes the row columns read. */
  record Page(List<VtObject> data, String cursor) {}

  /**
   * Fetches the first page ({@code cursor} null) or a later one of a parent, at most {@code limit}
   * rows where the endpoint pages.
   */
  Page fetch(String parentId, String cursor, int limit);

  /** Whether fetching that page sends a request (so it is charged to the budget). */
  default boolean needsRequest(String parentId, String cursor) {
    return true;
  }

  /**
   * Fails before any request when the connection's key lacks what the table needs (its {@code tier}
   * and {@code licences} settings say so).
   */
  void checkGrants(Grants grants, String firstParent);
}
