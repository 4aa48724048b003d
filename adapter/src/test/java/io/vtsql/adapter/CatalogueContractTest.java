package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vtsql.adapter.catalog.Catalog;
import io.vtsql.adapter.catalog.IdForm;
import io.vtsql.adapter.catalog.ModifierSpec;
import io.vtsql.adapter.catalog.ObjectType;
import io.vtsql.adapter.catalog.RelationshipDef;
import io.vtsql.adapter.catalog.ScanEndpoint;
import io.vtsql.adapter.catalog.SearchEndpoint;
import io.vtsql.adapter.catalog.ValueListEndpoint;
import io.vtsql.client.VtClient;
import io.vtsql.simulator.SimulatorConfig;
import io.vtsql.simulator.VtSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract between the adapter's catalogue and the simulator's own, independent declaration of
 * what it serves (its corpus, {@code RelationshipCatalogue} served at {@code /metadata}, and its
 * list endpoints' filter and order grammars): neither is derived from the other, so every
 * disagreement is a bug on one side, named in the failure.
 */
class CatalogueContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static VtSimulator sim;
  private static HttpClient http;

  @BeforeAll
  static void start() throws IOException {
    // The default corpus: the catalogue's example ids are seed-42, default-scale ids.
    sim = VtSimulator.start(SimulatorConfig.builder().build());
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  /** Every table's example (or first corpus) id is served as an object of the declared type. */
  @Test
  void everyTableIsServedWithItsType() throws Exception {
    final List<String> problems = new ArrayList<>();
    for (ObjectType t : Catalog.tables()) {
      if (t.keys().isEmpty()) {
        continue;
      }
      final Optional<String> id =
          DemoSamples.of(t.tableName()).or(() -> firstCorpusId(t.objectType()));
      if (id.isEmpty()) {
        problems.add(
            t.tableName()
                + ": no example id, and the simulator has no "
                + t.objectType()
                + " objects");
        continue;
      }
      final IdForm form = t.idForm(t.keys().iterator().next());
      final Optional<String> pathId = form.pathId(id.get());
      if (pathId.isEmpty()) {
        problems.add(t.tableName() + ": the catalogue's id form refuses the served id " + id.get());
        continue;
      }
      final Answer a =
          get(VtClient.objectPath(t.collectionPath().substring(1), pathId.get()), Map.of());
      if (a.status != 200) {
        problems.add(
            t.tableName()
                + ": GET "
                + t.collectionPath()
                + "/"
                + id.get()
                + " -> "
                + a.status
                + " "
                + a.body.path("error"));
      } else if (!t.itemTypes().contains(a.body.path("data").path("type").asText())) {
        problems.add(
            t.tableName()
                + ": "
                + id.get()
                + " is served as type "
                + a.body.path("data").path("type")
                + ", declared "
                + t.objectType());
      }
    }
    assertEquals("", String.join("\n", problems));
  }

  /**
   * Each declared type's relationships are listed by the simulator's {@code /metadata} with the
   * same targets, cardinality and premium flag, and the simulator lists no relationship of a
   * declared type that the catalogue lacks.
   */
  @Test
  void relationshipsAgreeWithTheSimulatorsMetadata() throws Exception {
    final JsonNode served = get("/metadata", Map.of()).body.path("data").path("relationships");
    final List<String> problems = new ArrayList<>();
    for (ObjectType t : Catalog.types()) {
      final Map<String, String> declared = new TreeMap<>();
      for (RelationshipDef r : t.relationships()) {
        declared.put(r.name(), shape(r.targetTypes(), r.toOne(), r.premium()));
      }
      final Map<String, String> listed = new TreeMap<>();
      for (JsonNode r : served.path(t.objectType())) {
        final List<String> targets = new ArrayList<>();
        r.path("target_types").forEach(n -> targets.add(n.asText()));
        listed.put(
            r.path("name").asText(),
            shape(
                targets,
                r.path("cardinality").asText().equals("one"),
                r.path("premium").asBoolean()));
      }
      declared.forEach(
          (name, shape) -> {
            final String other = listed.get(name);
            if (other == null) {
              problems.add(
                  t.objectType()
                      + "."
                      + name
                      + " ("
                      + shape
                      + ") is declared but not listed by the simulator");
            } else if (!other.equals(shape)) {
              problems.add(
                  t.objectType() + "." + name + ": catalogue " + shape + ", simulator " + other);
            }
          });
      listed.keySet().stream()
          .filter(n -> !declared.containsKey(n))
          .forEach(
              n ->
                  problems.add(
                      t.objectType()
                          + "."
                          + n
                          + " ("
                          + listed.get(n)
                          + ") is listed by the simulator but not declared"));
    }
    assertEquals("", String.join("\n", problems));
  }

  /**
   * Every scan endpoint takes every declared filter modifier with a sample value and every declared
   * order field both ways, and its page maximum is the largest {@code limit} it takes.
   */
  @Test
  void scanEndpointsTakeTheDeclaredGrammar() throws Exception {
    final List<String> problems = new ArrayList<>();
    for (ObjectType t : Catalog.tables()) {
      final Optional<ScanEndpoint> scan = t.scan();
      if (scan.isEmpty()) {
        continue;
      }
      final ScanEndpoint e = scan.get();
      if (e instanceof ValueListEndpoint) {
        final Answer a = get(e.path(), Map.of());
        final JsonNode data = a.body.path("data");
        if (a.status != 200 || !data.isArray() || data.isEmpty() || !data.get(0).isTextual()) {
          problems.add(
              t.tableName()
                  + ": GET "
                  + e.path()
                  + " -> "
                  + a.status
                  + ", not a list of values: "
                  + a.body);
        }
        continue;
      }
      for (ModifierSpec m : e.modifiers().values()) {
        expect(problems, t, e, params(t, e, "filter", m.modifier() + ":" + sample(m.kind())), 200);
      }
      for (String field : e.orders().values()) {
        // a field declared with its direction ("date-") is documented in that direction only
        final List<String> orders =
            field.endsWith("-") || field.endsWith("+")
                ? List.of(field)
                : List.of(field + "-", field + "+");
        for (String order : orders) {
          expect(problems, t, e, params(t, e, "order", order), 200);
        }
      }
      expect(problems, t, e, params(t, e, "limit", Integer.toString(e.pageMax())), 200);
      expect(problems, t, e, params(t, e, "limit", Integer.toString(e.pageMax() + 1)), 400);
    }
    assertEquals("", String.join("\n", problems));
  }

  /** One request's parameters, with the search's {@code entity:} term where it needs one. */
  private static Map<String, String> params(
      ObjectType t, ScanEndpoint e, String name, String value) {
    final Map<String, String> p = new LinkedHashMap<>();
    if (e instanceof SearchEndpoint s) {
      final String entity = "entity:" + s.entity();
      p.put("query", name.equals("filter") ? entity + " " + value : entity);
      if (!name.equals("filter")) {
        p.put(name, value);
      }
    } else {
      p.put(name, value);
    }
    if (!name.equals("limit")) {
      p.put("limit", "1");
    }
    return p;
  }

  private static void expect(
      List<String> problems, ObjectType t, ScanEndpoint e, Map<String, String> params, int status)
      throws Exception {
    final Answer a = get(e.path(), params);
    if (a.status != status) {
      problems.add(
          t.tableName()
              + ": GET "
              + e.path()
              + " "
              + params
              + " -> "
              + a.status
              + " (expected "
              + status
              + ") "
              + a.body.path("error"));
    } else if (status == 200
        && a.body.path("data").size() > 0
        && !t.itemTypes().contains(a.body.path("data").get(0).path("type").asText())) {
      problems.add(
          t.tableName()
              + ": GET "
              + e.path()
              + " "
              + params
              + " serves type "
              + a.body.path("data").get(0).path("type"));
    }
  }

  private static String shape(List<String> targets, boolean toOne, boolean premium) {
    return "-> "
        + String.join("|", targets)
        + (toOne ? ", 1:1" : ", 1:N")
        + (premium ? ", premium" : ", public");
  }

  private static Optional<String> firstCorpusId(String type) {
    return sim.corpus().types().contains(type) && !sim.corpus().ids(type).isEmpty()
        ? Optional.of(sim.corpus().ids(type).get(0))
        : Optional.empty();
  }

  private static String sample(ModifierSpec.Kind kind) {
    switch (kind) {
      case NUMBER:
        return "1+";
      case DATE:
        return "2020-01-01T00:00:00+";
      case IP:
      case CIDR:
        return "\"10.0.0.0/8\"";
      case BOOLEAN:
        return "true";
      default:
        return "\"x\"";
    }
  }

  /** A raw GET with the premium key: its status and JSON body. */
  private static Answer get(String path, Map<String, String> params) throws Exception {
    final String query =
        params.entrySet().stream()
            .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    final HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(sim.baseUrl() + path + (query.isEmpty() ? "" : "?" + query)))
            .header("x-apikey", sim.premiumKey())
            .GET()
            .build();
    final HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), JSON.readTree(r.body()));
  }

  private record Answer(int status, JsonNode body) {}
}
