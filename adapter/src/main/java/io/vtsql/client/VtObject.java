package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One VirusTotal object or descriptor: {@code {type, id, links, attributes, context_attributes,
 * relationships}}.
 *
 * <p>Descriptors (relationship descriptors, analysis descriptors) have no attributes: {@link
 * #attributes()} is then an empty object. Instances share the JSON tree of the response; callers
 * must not modify it.
 */
public final class VtObject {
  private final String type;
  private final String id;
  private final ObjectNode attributes;
  private final JsonNode contextAttributes;
  private final JsonNode relationships;
  private final String selfLink;
  private final JsonNode error;
  private final ObjectNode json;

  VtObject(
      String type,
      String id,
      ObjectNode attributes,
      JsonNode contextAttributes,
      JsonNode relationships,
      String selfLink,
      JsonNode error,
      ObjectNode json) {
    this.type = requireNonNull(type, "type");
    this.id = requireNonNull(id, "id");
    this.attributes = requireNonNull(attributes, "attributes");
    this.contextAttributes = contextAttributes;
    this.relationships = relationships;
    this.selfLink = selfLink;
    this.error = error;
    this.json = requireNonNull(json, "json");
  }

  /** Object type as the API names it: file, url, domain, ip_address, analysis, ... */
  public String type() {
    return type;
  }

  /**
   * Canonical id (the SHA-256 for files and urls); integer ids of old responses come back as text.
   */
  public String id() {
    return id;
  }

  /** The attributes object; empty for descriptors. */
  public ObjectNode attributes() {
    return attributes;
  }

  /** {@code context_attributes} (search and relationship contexts), or null when absent. */
  public JsonNode contextAttributes() {
    return contextAttributes;
  }

  /**
   * Embedded {@code relationships} (requested with {@code ?relationships=}), or null when absent.
   */
  public JsonNode relationships() {
    return relationships;
  }

  /** {@code links.self}, or null when absent or null. */
  public String selfLink() {
    return selfLink;
  }

  /** An {@code error} object carried inside the item (tolerated as vt-py does), or null. */
  public JsonNode error() {
    return error;
  }

  /**
   * A record nested in an object (an engine verdict, a DNS record, ...) seen as an object of its
   * own, so that the columns of a child table read it like any object's attributes.
   */
  public static VtObject nested(String type, String id, ObjectNode attributes) {
    ObjectNode json = attributes.objectNode();
    json.put("type", type);
    json.put("id", id);
    json.set("attributes", attributes);
    return new VtObject(type, id, attributes, null, null, null, null, json);
  }

  /** The whole item as received. */
  public ObjectNode json() {
    return json;
  }

  @Override
  public String toString() {
    return "VtObject{" + type + " " + id + "}";
  }
}
