package io.vtsql.adapter.catalog.types;

import static io.vtsql.adapter.catalog.ModifierSpec.Kind.BOOLEAN;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.DATE;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.NUMBER;
import static io.vtsql.adapter.catalog.ModifierSpec.Kind.TEXT;
import static io.vtsql.adapter.catalog.VtColumnType.INTEGER;
import static io.vtsql.adapter.catalog.VtColumnType.VARCHAR;
import static io.vtsql.adapter.catalog.types.Declarations.orders;
import static io.vtsql.adapter.catalog.types.Declarations.spec;

import io.vtsql.adapter.catalog.ChildTable;
import io.vtsql.adapter.catalog.Columns;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.ListEndpoint;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.Privilege;
import io.vtsql.adapter.catalog.VtColumnType;

/**
 * The {@code graph} object type: table {@code graphs}, VT Graph investigations, listed by {@code
 * GET /graphs} (protocol.md §6.2), with their nodes and links as child tables.
 *
 * <p>What is pushed into {@code filter=}: the name (a superset: its matching is undocumented),
 * {@code private:true|false}, the two dates and the two counters (supersets under both readings of
 * {@code +}); each predicate is also kept locally. The documented {@code owner:}, {@code group:},
 * {@code total_nodes:} and node modifiers ({@code file:}, {@code domain:}, ...) have no column: a
 * graph object carries neither its owner nor a node count (vx_graph_get.yml), so they are read
 * through {@code graph_owner}, {@code graph_nodes} or the objects' own {@code *_graphs} tables. The
 * docs name AND, OR and NOT for this filter without their syntax (case, parentheses, precedence),
 * so only space-separated terms are sent and OR and NOT stay local. {@code attributes=} is not
 * used: the whole object is needed for the nodes and links.
 *
 * <p>Every key may read graphs: the Graph API's own docs reserve only private graphs to premium
 * users (vt-graph-api quickstart), the files' {@code graphs} relationship is in the everyone tier
 * (protocol.md §4.4) and the graph captures came from a public-key project; which graphs a key sees
 * is VirusTotal's business (its own, shared and public ones).
 */
public final class Graphs {
  // Relationship rows: name, target type(s) separated by '|', flags ("E" = premium only,
  // "1" = 1:1), description (the list the API serves at /metadata). The user and group targets
  // have no table here, so their rows carry the id, type and raw attributes.
  private static final String[][] RELATIONSHIPS = {
    {"comments", "comment", "", "Comments on the graph"},
    {"editors", "user|group", "", "Users and groups that may edit the graph"},
    {"group", "group", "1", "Group the graph belongs to (none for most graphs)"},
    {
      "items",
      "file|url|domain|ip_address",
      "",
      "Files, URLs, domains and IP addresses in the graph"
    },
    {"owner", "user", "1", "User who owns the graph"},
    {"viewers", "user|group", "", "Users and groups that may view the graph"},
  };

  /** The declaration. */
  public static final ObjectType TYPE =
      ObjectType.builder("graph", "graphs")
          .description(
              "VT Graph investigations: your own graphs and public ones (a private graph is"
                  + " listed only to its owner)")
          .columns(
              Columns.id("Graph id: g followed by 64 hex digits")
                  .add(
                      "name",
                      VARCHAR,
                      "graph_data.description",
                      "Name of the graph (filter: name:, a superset)")
                  .add("version", VARCHAR, "graph_data.version", "Graph editor version")
                  .bool(
                      "private",
                      "Whether only the owner and the users it is shared with may see it"
                          + " (filter: private:)")
                  .dates("creation_date", "Time the graph was created (filter: creation_date:)")
                  .dates(
                      "last_modified_date",
                      "Last time the graph changed (filter: last_modified_date:)")
                  .integer("comments_count", "Comments on the graph (filter: comments_count:)")
                  .integer("views_count", "Times the graph was viewed (filter: views_count:)"))
          .key("id", IdForms.matching("g[0-9a-f]{64}"))
          .scan(
              new ListEndpoint(
                  "/graphs",
                  40,
                  Declarations.modifiers(
                      spec("name", "name", TEXT, false),
                      spec("private", "private", BOOLEAN, false),
                      spec("creation_date", "creation_date", DATE, false),
                      spec("last_modified_date", "last_modified_date", DATE, false),
                      spec("comments_count", "comments_count", NUMBER, false),
                      spec("views_count", "views_count", NUMBER, false)),
                  // name and owner are documented orders too, but their collation (letter case)
                  // is not, and owner has no column.
                  orders(
                      "creation_date",
                      "creation_date",
                      "last_modified_date",
                      "last_modified_date",
                      "views_count",
                      "views_count",
                      "comments_count",
                      "comments_count"),
                  Privilege.PUBLIC,
                  false))
          .relationships(RELATIONSHIPS)
          .child(
              ChildTable.of(
                      "nodes",
                      ChildTable.Shape.OBJECTS,
                      "Nodes of a graph: the files, URLs, domains and IP addresses drawn, and the"
                          + " relationship nodes that group their links")
                  .columns(
                      Columns.element()
                          .add(
                              "entity_id",
                              VARCHAR,
                              "entity_id",
                              "Id of the object drawn (a sha256, URL id, domain or IP address),"
                                  + " or of a relationship node")
                          .add(
                              "type",
                              VARCHAR,
                              "type",
                              "file, url, domain, ip_address, relationship or a custom type")
                          .add("label", VARCHAR, "text", "Label shown on the node, if any")
                          .add("node_index", INTEGER, "index", "Position of the node in the graph")
                          .add(
                              "has_detections",
                              VtColumnType.BOOLEAN,
                              "entity_attributes.has_detections",
                              "Whether the object had detections when it was drawn")
                          .add(
                              "type_tag",
                              VARCHAR,
                              "entity_attributes.type_tag",
                              "File type tag (file nodes)")
                          .add(
                              "country",
                              VARCHAR,
                              "entity_attributes.country",
                              "Country of the IP address (ip_address nodes)")
                          .add(
                              "relationship_type",
                              VARCHAR,
                              "entity_attributes.relationship_type",
                              "intelligence, hunting, retrohunt or commonality (relationship"
                                  + " nodes)")))
          .child(
              ChildTable.of(
                      "links",
                      ChildTable.Shape.OBJECTS,
                      "Links of a graph: each joins two nodes by their entity ids")
                  .columns(
                      Columns.element()
                          .add("source", VARCHAR, "source", "Entity id of the source node")
                          .add("target", VARCHAR, "target", "Entity id of the target node")
                          .add(
                              "connection_type",
                              VARCHAR,
                              "connection_type",
                              "Relationship the link stands for, e.g. contacted_domains")))
          .build();

  private Graphs() {}
}
