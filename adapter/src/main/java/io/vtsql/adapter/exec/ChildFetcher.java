package io.vtsql.adapter.exec;

import com.fasterxml.jackson.databind.JsonNode;
import io.vtsql.adapter.catalog.ChildTable;
import io.vtsql.adapter.catalog.DateWindow;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.query.DateRange;
import io.vtsql.client.VtClient;
import io.vtsql.client.VtForbiddenException;
import io.vtsql.client.VtNotFoundException;
import io.vtsql.client.VtObject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the records of a child table from its parent object: one {@code GET /{collection}/{id}} per
 * parent (or of the table's sub-resource, {@code .../behaviour_summary}), or none when the object
 * cache holds the parent already (a join of {@code files} with {@code file_last_analysis_results}
 * reads each file once). Each record becomes an object whose attributes the row columns read
 * ({@link NestedRecords}).
 */
public final class ChildFetcher implements ParentFetcher {
  /** The {@code YYYYMMDD} form of the days a window's parameters take. */
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final VtClient client;
  private final ChildTable table;
  private final ObjectType parentType;
  private final Optional<ObjectCache> objects;
  private final List<DateRange> chunks;

  /**
   * @param range the days to ask a sub-resource with a day window for (null without a window); each
   *     piece of at most {@link DateWindow#maxDays()} days is one request, read as one page
   */
  ChildFetcher(VtClient client, ChildTable table, DateRange range) {
    this.client = client;
    this.table = table;
    this.chunks =
        table.window().isPresent() && range != null
            ? range.chunks(table.window().get().maxDays())
            : List.of();
    this.parentType = table.source();
    this.objects = ClientServices.objects(client);
  }

  @Override
  public boolean needsRequest(String parentId, String cursor) {
    return parentType
        .idForm("id")
        .pathId(parentId)
        .map(
            id ->
                table.subresource().isPresent()
                    || objects.flatMap(c -> c.find(parentType.objectType(), id)).isEmpty())
        .orElse(false);
  }

  @Override
  public Page fetch(String parentId, String cursor, int limit) {
    try {
      return read(parentId, cursor);
    } catch (VtForbiddenException e) {
      throw Grants.refused(e, table.privilege(), "vt." + table.tableName());
    }
  }

  private Page read(String parentId, String cursor) {
    final Optional<String> pathId = parentType.idForm("id").pathId(parentId);
    if (pathId.isEmpty()) {
      return new Page(List.of(), null);
    }
    if (table.subresource().isPresent() && !chunks.isEmpty()) {
      final int chunk = cursor == null ? 0 : Integer.parseInt(cursor);
      final DateWindow window = table.window().orElseThrow();
      final DateRange days = chunks.get(chunk);
      return new Page(
          subresourceRecords(
              pathId.get(),
              table.subresource().get(),
              Map.of(
                  window.startParam(), DAY.format(days.start()),
                  window.endParam(), DAY.format(days.end()))),
          chunk + 1 < chunks.size() ? Integer.toString(chunk + 1) : null);
    }
    if (table.subresource().isPresent()) {
      return new Page(subresourceRecords(pathId.get(), table.subresource().get(), Map.of()), null);
    }
    Optional<VtObject> parent = objects.flatMap(c -> c.find(parentType.objectType(), pathId.get()));
    if (parent.isEmpty()) {
      parent = client.findObject(parentType.collectionPath(), pathId.get());
      parent.ifPresent(o -> objects.ifPresent(c -> c.put(o)));
    }
    return new Page(parent.map(this::records).orElse(List.of()), null);
  }

  @Override
  public void checkGrants(Grants grants, String firstParent) {
    grants.require(
        table.privilege(),
        "vt." + table.tableName() + " reads " + parentType.tableName() + " objects, which",
        parentType.collectionPath());
  }

  /**
   * The records of {@code GET /{collection}/{id}/{name}}: its {@code data} is no object, so it is
   * not put in the object cache; an unknown parent has none.
   */
  private List<VtObject> subresourceRecords(
      String pathId, String name, Map<String, String> params) {
    final JsonNode data;
    try {
      data =
          client.getData(
              VtClient.objectPath(parentType.collectionPath(), pathId) + "/" + name, params);
    } catch (VtNotFoundException e) {
      return List.of();
    }
    return records(data, pathId);
  }

  private List<VtObject> records(VtObject parent) {
    return records(parent.attributes(), parent.id());
  }

  private List<VtObject> records(JsonNode root, String ownerId) {
    final List<VtObject> records =
        NestedRecords.unnest(
            NestedRecords.read(root, table.attribute(), table.shape(), table.tableName(), ownerId),
            table.unnests());
    return table.entries().map(e -> NestedRecords.entries(records, e)).orElse(records);
  }
}
