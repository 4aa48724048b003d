package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.Licence;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.gen.MonitorData;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * VirusTotal Monitor (docs.virustotal.com Monitor reference): {@code GET /monitor/items} with
 * {@code filter=path:<folder>} (the items directly in it) and {@code tag:} (no order is documented,
 * so none is taken), {@code GET /monitor/items/{id}} and {@code GET /monitor/items/{id}/analyses},
 * newest first; the docs give that one no {@code /relationships/} form. Every call needs the
 * Monitor licence (403 without); only {@code demo_analyst}'s group has items.
 */
final class MonitorEndpoints implements ProductEndpoints {

  /**
   * The list's grammar: {@code path:} and {@code tag:}, in path order, pages of at most 40; its one
   * order is the default only, since {@link #serve} refuses an explicit one.
   */
  static final ListSpec SPEC =
      new ListSpec(
          "/monitor/items",
          40,
          Map.of(
              "path", AttributeMatch.folder("path"),
              "tag", AttributeMatch.anyEquals("tags")),
          Map.of("path", "path"),
          Set.of("path"),
          "path+");

  private final Corpus corpus;
  private final ListEndpoint lists = new ListEndpoint(Clock.systemUTC());
  private List<MonitorData.Item> items;

  MonitorEndpoints(Corpus corpus) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
  }

  /** The items, generated on first use: most simulator sessions never ask for Monitor. */
  private synchronized List<MonitorData.Item> items() {
    if (items == null) {
      items = MonitorData.items(corpus);
    }
    return items;
  }

  @Override
  public Optional<ObjectNode> serve(ApiRequest request, String[] s) {
    if (s.length < 2 || !s[0].equals("monitor") || !s[1].equals("items")) {
      return Optional.empty();
    }
    request.require(Licence.MONITOR);
    if (s.length == 2) {
      if (request.param("order") != null) {
        throw ApiException.badRequest("Monitor items cannot be ordered; drop the order parameter");
      }
      List<ObjectNode> objects = new ArrayList<>();
      own(request).forEach(i -> objects.add(i.item()));
      return Optional.of(lists.page(request, SPEC, objects));
    }
    MonitorData.Item item =
        own(request).stream()
            .filter(i -> i.id().equals(s[2]))
            .findFirst()
            .orElseThrow(() -> ApiException.notFound("MonitorItem \"" + s[2] + "\" not found"));
    if (s.length == 3) {
      ObjectNode body = Json.object();
      body.set("data", Envelopes.object(item.item(), request.base()));
      return Optional.of(body);
    }
    if (s.length == 4 && s[3].equals("analyses")) {
      List<ObjectNode> analyses = new ArrayList<>();
      for (ObjectNode a : item.analyses()) {
        // analyses have no endpoint of their own, so no self link (as in the docs' example)
        ObjectNode out = Json.object();
        out.put("id", a.path("id").asText());
        out.put("type", a.path("type").asText());
        out.set("attributes", a.get("attributes"));
        analyses.add(out);
      }
      return Optional.of(
          SubresourcePage.page(request, "/monitor/items/" + s[2] + "/analyses", analyses, null));
    }
    throw ApiException.notFound("Resource \"/" + String.join("/", s) + "\" not found");
  }

  private List<MonitorData.Item> own(ApiRequest request) {
    return request.account().userId().equals(MonitorData.OWNER) ? items() : List.of();
  }
}
