package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.Ref;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The demo corpus's VT Graph investigations, generated deterministically from the corpus: each
 * graph is drawn around a corpus file that contacts the network, with the domains, IP addresses and
 * URLs it contacts as nodes and those relationships as links (through relationship nodes, as the
 * graphs list capture shows). {@code demo_analyst} (the premium demo key) owns some, private ones
 * among them; {@code demo_basic} owns one private graph; other users own public graphs and one
 * private graph no demo key may see.
 */
public final class GraphData {

  /** The owner of the demo key's graphs. */
  public static final String ANALYST = "demo_analyst";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final long SALT = 0x6772617068L;
  private static final int GRAPHS = 30;
  private static final String[] OTHERS = {"vt_research", "hunter_kim", "malware_lab"};
  private static final String[] TOPICS = {
    "Emotet infection chain",
    "Phishing kit infrastructure",
    "Ransomware dropper",
    "Credential stealer C2",
    "Loader campaign",
    "Maldoc delivering keylogger",
    "Botnet command servers",
    "Untitled Graph"
  };
  private static final String[][] RELATIONSHIPS = {
    {"contacted_domains", "domain"}, {"contacted_ips", "ip_address"}, {"contacted_urls", "url"}
  };

  /** One graph with what its object does not say: owner, sharing and comments. */
  public record Graph(
      ObjectNode object,
      String owner,
      boolean isPrivate,
      List<Ref> items,
      List<String> editors,
      List<String> viewers,
      List<ObjectNode> comments) {
    public Graph {
      Objects.requireNonNull(object, "object");
      Objects.requireNonNull(owner, "owner");
      items = List.copyOf(items);
      editors = List.copyOf(editors);
      viewers = List.copyOf(viewers);
      comments = List.copyOf(comments);
    }

    /** The graph's id. */
    public String id() {
      return object.path("id").asText();
    }

    /** Whether {@code userId} may see the graph: it is public, theirs or shared with them. */
    public boolean visibleTo(String userId) {
      return !isPrivate
          || owner.equals(userId)
          || editors.contains(userId)
          || viewers.contains(userId);
    }
  }

  private final Corpus corpus;

  private GraphData(Corpus corpus) {
    this.corpus = corpus;
  }

  /** The graphs of a corpus, in a stable order (the same corpus always gives the same graphs). */
  public static List<Graph> generate(Corpus corpus) {
    return new GraphData(Objects.requireNonNull(corpus, "corpus")).graphs();
  }

  /**
   * The graphs a loaded corpus holds itself (the captures' graph objects): public, their owner
   * unknown (empty), their items the nodes of the four object types.
   */
  public static List<Graph> loaded(Corpus corpus) {
    List<Graph> graphs = new ArrayList<>();
    for (ObjectNode object : corpus.all("graph")) {
      List<Ref> items = new ArrayList<>();
      for (JsonNode n : object.path("attributes").path("nodes")) {
        String type = n.path("type").asText();
        if (List.of("file", "url", "domain", "ip_address").contains(type)) {
          items.add(Ref.of(type, n.path("entity_id").asText()));
        }
      }
      graphs.add(
          new Graph(
              object,
              "",
              object.path("attributes").path("private").asBoolean(),
              items,
              List.of(),
              List.of(),
              List.of()));
    }
    return List.copyOf(graphs);
  }

  /** The public view of a graph user, as another user's {@code GET /users/{id}} shows it. */
  public static ObjectNode user(String id) {
    SplittableRandom rng = Gen.rng(SALT, 2, id.hashCode());
    ObjectNode user = JSON.objectNode();
    user.put("type", "user");
    user.put("id", id);
    ObjectNode a = user.putObject("attributes");
    String[] parts = id.split("_", 2);
    a.put("first_name", capitalised(parts[0]));
    a.put("last_name", parts.length > 1 ? capitalised(parts[1]) : "");
    a.put("profile_phrase", "");
    a.put("reputation", Gen.between(rng, 1, 500));
    a.put("status", "active");
    a.put("user_since", Gen.date(rng, Gen.EARLIEST, Gen.EARLIEST + 3 * 365 * 86_400L));
    return user;
  }

  private List<Graph> graphs() {
    List<String> centres = new ArrayList<>();
    for (String sha : corpus.ids("file")) {
      if (!corpus.relatedRefs("file", sha, "contacted_domains").isEmpty()) {
        centres.add(sha);
      }
    }
    List<Graph> graphs = new ArrayList<>();
    int step = Math.max(1, centres.size() / GRAPHS);
    for (int i = 0; i < GRAPHS && i * step < centres.size(); i++) {
      graphs.add(graph(i, centres.get(i * step)));
    }
    return List.copyOf(graphs);
  }

  private Graph graph(int index, String sha) {
    SplittableRandom rng = Gen.rng(SALT, 1, index);
    // Eight graphs of the premium demo key (the first three private), one private graph of the
    // basic demo key, one private graph of another user, the rest public graphs of other users.
    String owner = index < 8 ? ANALYST : index == 8 ? "demo_basic" : OTHERS[index % OTHERS.length];
    boolean isPrivate = index < 3 || index == 8 || index == 9;
    List<String> editors = index == 3 ? List.of("vt_research") : List.of();
    List<String> viewers = index == 0 ? List.of("demo_basic") : List.of();
    String id = "g" + sha256("graph " + index + " " + sha);
    ObjectNode object = JSON.objectNode();
    object.put("type", "graph");
    object.put("id", id);
    ObjectNode a = object.putObject("attributes");
    long created = Gen.date(rng, Gen.REFERENCE - 3 * 365 * 86_400L, Gen.REFERENCE - 86_400L);
    long modified = rng.nextInt(3) == 0 ? created : Gen.date(rng, created, Gen.REFERENCE);
    int commentCount = index % 5 == 4 ? Gen.between(rng, 1, 3) : 0;
    a.put("comments_count", commentCount);
    a.put("creation_date", created);
    ObjectNode data = a.putObject("graph_data");
    data.put("description", TOPICS[index % TOPICS.length]);
    data.put("version", "5.0.0");
    a.put("last_modified_date", modified);
    ArrayNode links = a.putArray("links");
    ArrayNode nodes = a.putArray("nodes");
    List<Ref> items = new ArrayList<>();
    JsonNode file = corpus.find("file", sha).orElseThrow().path("attributes");
    ObjectNode centre = node(nodes, sha, "file");
    centre.put("text", file.path("meaningful_name").asText(""));
    ObjectNode fileAttributes = centre.putObject("entity_attributes");
    fileAttributes.put("has_detections", malicious(file));
    fileAttributes.put("type_tag", file.path("type_tag").asText());
    items.add(Ref.of("file", sha));
    for (String[] rel : RELATIONSHIPS) {
      List<Ref> targets = corpus.relatedRefs("file", sha, rel[0]);
      if (targets.isEmpty()) {
        continue;
      }
      String group = "relationships_" + rel[0] + "_" + sha;
      node(nodes, group, "relationship");
      link(links, sha, group, rel[0]);
      for (Ref target : targets.subList(0, Math.min(3, targets.size()))) {
        ObjectNode n = node(nodes, target.id(), rel[1]);
        JsonNode attributes =
            corpus
                .find(rel[1], target.id())
                .map(o -> o.path("attributes"))
                .orElse(JSON.objectNode());
        ObjectNode entity = n.putObject("entity_attributes");
        if (rel[1].equals("ip_address")) {
          entity.put("country", attributes.path("country").asText());
        } else {
          entity.put("has_detections", malicious(attributes));
        }
        if (rng.nextInt(4) == 0) {
          n.put("text", "C2 server");
        }
        link(links, group, target.id(), rel[0]);
        items.add(target);
      }
    }
    a.put("private", isPrivate);
    a.put("views_count", rng.nextInt(4) == 0 ? 0 : Gen.between(rng, 1, 20_000));
    List<ObjectNode> comments = new ArrayList<>();
    for (int c = 0; c < commentCount; c++) {
      comments.add(comment(id, c, rng, created));
    }
    return new Graph(object, owner, isPrivate, items, editors, viewers, comments);
  }

  private static ObjectNode node(ArrayNode nodes, String entityId, String type) {
    ObjectNode n = nodes.addObject();
    n.put("entity_id", entityId);
    n.put("index", nodes.size() - 1);
    n.put("type", type);
    n.put("x", (nodes.size() * 37) % 400 - 200);
    n.put("y", (nodes.size() * 53) % 300 - 150);
    return n;
  }

  private static void link(ArrayNode links, String source, String target, String type) {
    ObjectNode l = links.addObject();
    l.put("connection_type", type);
    l.put("source", source);
    l.put("target", target);
  }

  private static boolean malicious(JsonNode attributes) {
    return attributes.path("last_analysis_stats").path("malicious").asInt() > 0;
  }

  private static ObjectNode comment(String graph, int index, SplittableRandom rng, long after) {
    ObjectNode comment = JSON.objectNode();
    comment.put("type", "comment");
    comment.put("id", "g-" + graph + "-" + Gen.hex(rng, 8));
    ObjectNode a = comment.putObject("attributes");
    a.put("date", Gen.date(rng, after, Gen.REFERENCE));
    String text = index == 0 ? "Pivoted from the #c2 domains" : "Shared with the team #triage";
    a.put("text", text);
    a.put("html", text);
    a.putArray("tags").add(index == 0 ? "c2" : "triage");
    a.putObject("votes").put("positive", rng.nextInt(5)).put("negative", 0).put("abuse", 0);
    return comment;
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String sha256(String text) {
    try {
      return Gen.hex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
