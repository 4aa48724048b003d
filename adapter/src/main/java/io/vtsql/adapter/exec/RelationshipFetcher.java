package io.vtsql.adapter.exec;

import static java.util.Objects.requireNonNull;

import io.vtsql.adapter.catalog.Privilege;
import io.vtsql.adapter.catalog.RelationshipDef;
import io.vtsql.client.VtClient;
import io.vtsql.client.VtForbiddenException;
import io.vtsql.client.VtNotFoundException;
import io.vtsql.client.VtPage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends the calls of one relationship: one page of {@code GET /{collection}/{parent}/{name}} (or
 * its {@code /relationships/} descriptor form) with {@code limit=40} (less under a LIMIT that needs
 * fewer rows), or the single object of a 1:1 relationship. A parent VirusTotal does not know has no
 * targets; a premium-only relationship refused to the key becomes an error that names the privilege
 * it needs.
 */
public final class RelationshipFetcher implements ParentFetcher {
  private final VtClient client;
  private final RelationshipDef relationship;
  private final boolean descriptors;
  private final Optional<ObjectCache> objects;

  RelationshipFetcher(VtClient client, RelationshipDef relationship, boolean descriptors) {
    this.client = requireNonNull(client, "client");
    this.relationship = requireNonNull(relationship, "relationship");
    this.descriptors = descriptors;
    // full target objects serve later point lookups of the same ids
    this.objects = descriptors ? Optional.empty() : ClientServices.objects(client);
  }

  /**
   * Fetches a page of at most {@code limit} targets (1 to 40); a cursor must be followed with the
   * limit of the page that returned it (VirusTotal ties a cursor to its parameters).
   */
  @Override
  public Page fetch(String parentId, String cursor, int limit) {
    try {
      // a parent no object can have ('.', '..') is a NotFound before any request
      final String path = path(parentId);
      if (relationship.toOne()) {
        return remembered(new Page(client.getSingle(path).map(List::of).orElse(List.of()), null));
      }
      final Map<String, String> params = new LinkedHashMap<>();
      params.put("limit", Integer.toString(limit));
      if (cursor != null) {
        params.put("cursor", cursor);
      }
      final VtPage page = client.getPage(path, params);
      return remembered(
          new Page(page.data(), page.cursor().filter(c -> !c.isEmpty()).orElse(null)));
    } catch (VtNotFoundException e) {
      return new Page(List.of(), null);
    } catch (VtForbiddenException e) {
      if (relationship.privilege() == Privilege.PUBLIC) {
        throw e;
      }
      throw new VtForbiddenException(
          e.code(),
          e.httpStatus(),
          e.path(),
          subject()
              + " needs "
              + relationship.privilege().licence()
              + "; this key was refused: "
              + e.detail());
    }
  }

  /**
   * Fails before any request when the key lacks what the relationship needs (VirusTotal would
   * answer 403 to every call).
   */
  @Override
  public void checkGrants(Grants grants, String firstParent) {
    final Privilege needed = relationship.privilege();
    if (grants.has(needed)) {
      return;
    }
    throw new VtForbiddenException(
        "ForbiddenError", 0, pathForMessage(firstParent), grants.missing(needed, subject()));
  }

  private String pathForMessage(String parentId) {
    try {
      return path(parentId);
    } catch (VtNotFoundException e) {
      return e.path() + "/" + relationship.name();
    }
  }

  private String path(String parentId) {
    return VtClient.objectPath(relationship.collection(), parentId)
        + (descriptors ? "/relationships/" : "/")
        + relationship.name();
  }

  /** The subject of a privilege message: the table, and the relationship where it alone is. */
  private String subject() {
    if (relationship.premium() && relationship.source().privilege() == Privilege.PUBLIC) {
      return "vt."
          + relationship.tableName()
          + " reads the premium-only relationship '"
          + relationship.name()
          + "' of "
          + relationship.source().tableName()
          + ", which";
    }
    return "vt." + relationship.tableName();
  }

  private Page remembered(Page page) {
    objects.ifPresent(c -> page.data().forEach(c::put));
    return page;
  }
}
