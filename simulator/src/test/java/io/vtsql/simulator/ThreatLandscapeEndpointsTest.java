package io.vtsql.simulator;

import static io.vtsql.simulator.CommunityEndpointsTest.allPages;
import static io.vtsql.simulator.CommunityEndpointsTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Collections, legacy threat actors and ATT&CK tactics and techniques over HTTP. */
class ThreatLandscapeEndpointsTest {

  private static VtSimulator sim;
  private static String key;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().publicQuota(1000, 100_000).build());
    key = sim.premiumKey();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static Http.Response get(String path) {
    return Http.get(sim.baseUrl() + path, key);
  }

  private static List<JsonNode> list(String pathAndQuery) {
    return allPages(sim.baseUrl() + pathAndQuery, key);
  }

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static List<String> ids(List<JsonNode> objects) {
    return objects.stream().map(o -> o.get("id").asText()).toList();
  }

  /** Ids of the corpus objects of a type matching a predicate, in the given order. */
  private static List<String> expected(
      String type, Predicate<JsonNode> attributes, Comparator<JsonNode> order) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode o : sim.corpus().all(type)) {
      if (attributes.test(o.get("attributes"))) {
        out.add(o);
      }
    }
    out.sort(order.thenComparing(o -> o.get("id").asText()));
    return ids(out);
  }

  private static Comparator<JsonNode> byLong(String attribute) {
    return Comparator.comparingLong(o -> o.get("attributes").get(attribute).asLong());
  }

  private static boolean has(JsonNode array, String value) {
    for (JsonNode item : array) {
      if (item.asText().equalsIgnoreCase(value)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void collectionsListDefaultsToMostRecentlyModifiedAndPages() {
    List<JsonNode> all = list("/collections?limit=5");
    assertEquals(12, all.size());
    assertEquals(
        expected("collection", a -> true, byLong("last_modification_date").reversed()), ids(all));
    JsonNode first = get("/collections?limit=5").json();
    assertEquals(5, first.get("data").size());
    assertEquals(Set.of("cursor"), CommunityEndpointsTest.fieldNames(first.get("meta")));
    JsonNode a = first.get("data").get(0).get("attributes");
    for (String attribute :
        List.of(
            "name",
            "description",
            "creation_date",
            "last_modification_date",
            "collection_type",
            "origin",
            "owner",
            "tags",
            "targeted_regions",
            "targeted_industries",
            "source_region",
            "files_count",
            "domains_count",
            "urls_count",
            "ip_addresses_count",
            "private")) {
      assertTrue(a.has(attribute), attribute);
    }
    Set<String> types = new java.util.HashSet<>();
    all.forEach(c -> types.add(c.get("attributes").get("collection_type").asText()));
    assertEquals(
        Set.of("malware-family", "threat-actor", "campaign", "report", "collection"), types);
  }

  @Test
  void collectionsFilterTermsAreAnded() {
    Comparator<JsonNode> recent = byLong("last_modification_date").reversed();
    assertEquals(4, list("/collections?filter=collection_type:malware-family").size());
    assertEquals(
        expected(
            "collection",
            a ->
                a.get("collection_type").asText().equals("threat-actor")
                    && has(a.get("targeted_regions"), "US"),
            recent),
        ids(list("/collections?filter=" + q("collection_type:threat-actor targeted_region:us"))));
    assertEquals(
        expected("collection", a -> has(a.get("tags"), "phishing"), recent),
        ids(list("/collections?filter=tag:phishing")));
    assertEquals(
        List.of("Lazarus Group"),
        list("/collections?filter=" + q("name:laz")).stream()
            .map(c -> c.get("attributes").get("name").asText())
            .toList());
    assertEquals(
        expected("collection", a -> a.get("origin").asText().equals("Crowdsourced"), recent),
        ids(list("/collections?filter=" + q("origin:\"Crowdsourced\"") + "&limit=1")));
    assertEquals(
        10, list("/collections?filter=" + q("origin:\"Google Threat Intelligence\"")).size());
    assertEquals(
        expected("collection", a -> a.get("owner").asText().equals("honeypot_ops"), recent),
        ids(list("/collections?filter=owner:honeypot_ops")));
    assertEquals(
        expected("collection", a -> has(a.get("targeted_industries"), "Healthcare"), recent),
        ids(list("/collections?filter=" + q("targeted_industry:healthcare"))));
    long day = LocalDate.parse("2022-01-01").atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    assertEquals(
        expected("collection", a -> a.get("creation_date").asLong() >= day, recent),
        ids(list("/collections?filter=" + q("creation_date:2022-01-01+"))));
    assertEquals(
        expected("collection", a -> a.get("last_modification_date").asLong() < day, recent),
        ids(list("/collections?filter=" + q("last_modification_date:2022-01-01-"))));
    long second = LocalDate.parse("2023-06-01").atStartOfDay().toEpochSecond(ZoneOffset.UTC) + 3600;
    assertEquals(
        expected(
            "collection",
            a ->
                a.get("creation_date").asLong() >= second
                    && a.get("collection_type").asText().equals("campaign"),
            recent),
        ids(
            list(
                "/collections?filter="
                    + q("creation_date:2023-06-01T01:00:00+ " + "collection_type:campaign"))));
    assertEquals(
        12,
        list("/collections?filter=" + q("creation_date:1d-")).size(),
        "every generated date lies before the reference instant");
  }

  @Test
  void collectionsOrders() {
    assertEquals(
        expected(
            "collection",
            a -> true,
            Comparator.comparing(
                o -> o.get("attributes").get("name").asText().toLowerCase(java.util.Locale.ROOT))),
        ids(list("/collections?order=name")));
    assertEquals(ids(list("/collections?order=name")), ids(list("/collections?order=name%2B")));
    assertEquals(
        expected("collection", a -> true, byLong("files_count").reversed()),
        ids(list("/collections?order=files_count-&limit=3")));
    assertEquals(
        expected("collection", a -> true, byLong("domains_count")),
        ids(list("/collections?order=domains_count%2B")));
    assertEquals(
        expected("collection", a -> true, byLong("creation_date").reversed()),
        ids(list("/collections?order=creation_date-")));
    String cursor =
        get("/collections?order=name&limit=2").json().get("meta").get("cursor").asText();
    assertError(
        get("/collections?order=creation_date&limit=2&cursor=" + cursor), 400, "BadRequestError");
  }

  @Test
  void collectionsRejectBadArguments() {
    assertError(get("/collections?limit=41"), 400, "BadRequestError");
    Http.Response unknown = get("/collections?filter=colour:red");
    assertError(unknown, 400, "InvalidArgumentError");
    assertTrue(
        unknown
            .json()
            .get("error")
            .get("message")
            .asText()
            .startsWith(
                "Invalid filter for /collections: unknown modifier \"colour\"; supported: "
                    + "collection_type, creation_date,"));
    Http.Response badDate = get("/collections?filter=" + q("creation_date:yesterday+"));
    assertError(badDate, 400, "InvalidArgumentError");
    assertTrue(
        badDate
            .json()
            .get("error")
            .get("message")
            .asText()
            .contains("invalid date \"yesterday+\" for creation_date"));
    assertError(get("/collections?filter=" + q("name:\"open")), 400, "InvalidArgumentError");
    assertError(get("/collections?filter=emotet"), 400, "InvalidArgumentError");
    assertError(get("/collections?order=popularity"), 400, "InvalidArgumentError");
  }

  @Test
  void collectionRelationshipsAreTheInverseOfTheObjectsCollections() {
    JsonNode emotet = list("/collections?filter=name:emotet").get(0);
    String id = emotet.get("id").asText();
    assertTrue(id.startsWith("malware--"), id);
    JsonNode byId = get("/collections/" + id).json().get("data");
    assertEquals(emotet.get("attributes"), byId.get("attributes"));
    List<JsonNode> files = list("/collections/" + id + "/files?limit=7");
    assertEquals(emotet.get("attributes").get("files_count").asInt(), files.size());
    assertTrue(files.size() > 10);
    for (JsonNode file : files) {
      assertEquals(
          "emotet",
          file.get("attributes")
              .get("popular_threat_classification")
              .get("popular_threat_name")
              .get(0)
              .get("value")
              .asText());
      List<String> collections =
          ids(list("/files/" + file.get("id").asText() + "/relationships/collections?limit=40"));
      assertTrue(collections.contains(id), file.get("id").asText());
    }
    for (String rel : List.of("domains", "urls", "ip_addresses")) {
      List<JsonNode> members = list("/collections/" + id + "/relationships/" + rel + "?limit=40");
      assertEquals(emotet.get("attributes").get(rel + "_count").asInt(), members.size(), rel);
      assertTrue(members.size() > 0, rel);
      String member = members.get(0).get("id").asText();
      assertTrue(ids(list("/" + rel + "/" + member + "/collections?limit=40")).contains(id), rel);
    }
    String someFile = files.get(0).get("id").asText();
    List<String> fileTechniques =
        ids(list("/files/" + someFile + "/relationships/related_attack_techniques"));
    assertTrue(
        ids(list("/collections/" + id + "/relationships/attack_techniques?limit=40"))
            .containsAll(fileTechniques));
    JsonNode page = get("/collections/" + id + "/relationships/files?limit=5").json();
    assertEquals(files.size(), page.get("meta").get("count").asInt());
    assertEquals(
        sim.baseUrl() + "/collections/" + id + "/files", page.get("links").get("related").asText());
  }

  @Test
  void collectionCommentsAndThreatActors() {
    JsonNode apt28 =
        list("/collections?filter=" + q("name:apt28 collection_type:threat-actor")).get(0);
    String id = apt28.get("id").asText();
    List<JsonNode> comments = list("/collections/" + id + "/comments");
    assertTrue(comments.size() > 0);
    String commentId = comments.get(0).get("id").asText();
    assertTrue(commentId.startsWith("c-" + id + "-"), commentId);
    assertEquals(
        comments.get(0).get("attributes"),
        get("/comments/" + commentId).json().get("data").get("attributes"));
    assertTrue(ids(list("/comments?limit=40")).contains(commentId));
    List<JsonNode> actors = list("/collections/" + id + "/threat_actors");
    assertEquals(
        List.of("APT28"),
        actors.stream().map(a -> a.get("attributes").get("name").asText()).toList());
    assertEquals(
        List.of(id),
        ids(list("/threat_actors/" + actors.get(0).get("id").asText() + "/collections")));
  }

  @Test
  void publicKeysReadCommunityCollectionsOnly() {
    String pub = sim.publicKey();
    assertError(Http.get(sim.baseUrl() + "/collections", pub), 403, "ForbiddenError");
    assertError(Http.get(sim.baseUrl() + "/threat_actors", pub), 403, "ForbiddenError");
    String community =
        list("/collections?filter=collection_type:collection").get(0).get("id").asText();
    String family =
        list("/collections?filter=collection_type:malware-family").get(0).get("id").asText();
    assertEquals(200, Http.get(sim.baseUrl() + "/collections/" + community, pub).status());
    assertEquals(
        200, Http.get(sim.baseUrl() + "/collections/" + community + "/urls", pub).status());
    assertError(Http.get(sim.baseUrl() + "/collections/" + family, pub), 403, "ForbiddenError");
    assertError(
        Http.get(sim.baseUrl() + "/collections/" + family + "/files", pub), 403, "ForbiddenError");
    assertEquals(200, Http.get(sim.baseUrl() + "/attack_techniques/T1055", pub).status());
  }

  @Test
  void searchInsideACollectionKeepsOnlyItsMembers() {
    String id = list("/collections?filter=name:emotet").get(0).get("id").asText();
    Set<String> files =
        Set.copyOf(ids(list("/collections/" + id + "/relationships/files" + "?limit=40")));
    List<JsonNode> hits = list("/collections/" + id + "/search?query=" + q("p:1+") + "&limit=7");
    assertEquals(files, Set.copyOf(ids(hits)), "every member file is detected");
    assertEquals(hits.size(), ids(hits).stream().distinct().count());
    List<JsonNode> peFiles = list("/collections/" + id + "/search?query=" + q("type:peexe"));
    assertTrue(files.containsAll(ids(peFiles)));
    peFiles.forEach(f -> assertEquals("peexe", f.get("attributes").get("type_tag").asText()));
    Set<String> domains =
        Set.copyOf(ids(list("/collections/" + id + "/relationships/domains?limit=40")));
    List<JsonNode> domainHits = list("/collections/" + id + "/search?query=" + q("entity:domain"));
    assertEquals(domains, Set.copyOf(ids(domainHits)));
    domainHits.forEach(d -> assertEquals("domain", d.get("type").asText()));
    assertError(get("/collections/" + id + "/search"), 400, "BadRequestError");
    assertError(
        get("/collections/" + id + "/search?query=" + q("nosuchmodifier:1")),
        400,
        "BadRequestError");
    assertError(get("/collections/nope/search?query=p:1%2B"), 404, "NotFoundError");
    assertError(
        Http.get(sim.baseUrl() + "/collections/" + id + "/search?query=p:1%2B", sim.publicKey()),
        403,
        "ForbiddenError");
    long searches = sim.requests().count("GET /collections/{id}/search");
    get("/collections/" + id + "/search?query=p:1%2B");
    assertEquals(searches + 1, sim.requests().count("GET /collections/{id}/search"));
  }

  @Test
  void threatActorsListFiltersAndOrders() {
    List<JsonNode> all = list("/threat_actors?limit=2");
    assertEquals(5, all.size());
    assertEquals(
        expected("threat_actor", a -> true, byLong("last_seen_date").reversed()), ids(all));
    assertEquals(
        expected(
            "threat_actor",
            a -> a.get("source_region").asText().equals("RU"),
            byLong("first_seen_date")),
        ids(list("/threat_actors?filter=source_region:RU" + "&order=first_seen_date%2B")));
    assertEquals(
        expected(
            "threat_actor",
            a ->
                a.get("sponsor_region").asText().equals("RU")
                    && has(a.get("targeted_regions"), "UA"),
            byLong("last_seen_date")),
        ids(
            list(
                "/threat_actors?filter="
                    + q("sponsor_region:ru targeted_region:UA")
                    + "&order=last_seen_date")));
    assertEquals(
        expected(
            "threat_actor",
            a -> has(a.get("targeted_industries"), "Financial Services"),
            byLong("related_entities_count").reversed()),
        ids(
            list(
                "/threat_actors?filter="
                    + q("targeted_industry:\"financial services\"")
                    + "&order=related_entities_count-")));
    assertEquals(
        List.of("FIN7"),
        list("/threat_actors?filter=name:fin").stream()
            .map(a -> a.get("attributes").get("name").asText())
            .toList());
    assertError(get("/threat_actors?limit=41"), 400, "BadRequestError");
    assertError(get("/threat_actors?filter=motivation:espionage"), 400, "InvalidArgumentError");
    assertError(get("/threat_actors?order=name"), 400, "InvalidArgumentError");
  }

  @Test
  void threatActorObjectsAndRelationships() {
    JsonNode apt28 = list("/threat_actors?filter=name:apt28").get(0);
    String id = apt28.get("id").asText();
    JsonNode data = get("/threat_actors/" + id).json().get("data");
    assertEquals("threat_actor", data.get("type").asText());
    assertEquals(sim.baseUrl() + "/threat_actors/" + id, data.get("links").get("self").asText());
    JsonNode a = data.get("attributes");
    assertEquals("RU", a.get("source_region").asText());
    assertTrue(a.get("aliases").toString().contains("Fancy Bear"));
    List<JsonNode> related = list("/threat_actors/" + id + "/related_threat_actors");
    assertEquals(
        List.of("Sandworm Team"),
        related.stream().map(r -> r.get("attributes").get("name").asText()).toList());
    assertEquals(
        List.of(id),
        ids(
            list(
                "/threat_actors/"
                    + related.get(0).get("id").asText()
                    + "/relationships/related_threat_actors")));
    assertEquals(
        a.get("related_entities_count").asInt(),
        related.size() + list("/threat_actors/" + id + "/collections").size());
    assertError(get("/threat_actors/nope"), 404, "NotFoundError");
  }

  @Test
  void attackTechniquesAndTactics() {
    JsonNode hollowing = get("/attack_techniques/T1055.012").json().get("data");
    assertEquals("attack_technique", hollowing.get("type").asText());
    assertEquals("Process Hollowing", hollowing.get("attributes").get("name").asText());
    assertEquals(
        "https://attack.mitre.org/techniques/T1055/012/",
        hollowing.get("attributes").get("link").asText());
    JsonNode parent = get("/attack_techniques/T1055.012/parent_technique").json();
    assertEquals("T1055", parent.get("data").get("id").asText());
    assertEquals("Process Injection", parent.get("data").get("attributes").get("name").asText());
    assertEquals(List.of("T1055.012"), ids(list("/attack_techniques/T1055/subtechniques")));
    assertTrue(get("/attack_techniques/T1055/parent_technique").json().get("data").isNull());
    assertEquals(
        List.of("TA0004", "TA0005"),
        ids(list("/attack_techniques/T1055/relationships/attack_tactics")));
    JsonNode execution = get("/attack_tactics/TA0002").json().get("data");
    assertEquals("Execution", execution.get("attributes").get("name").asText());
    assertTrue(
        ids(list("/attack_tactics/TA0002/attack_techniques?limit=40"))
            .containsAll(List.of("T1059", "T1059.001", "T1204")));
    assertError(get("/attack_techniques/T9999"), 404, "NotFoundError");
    assertError(get("/attack_tactics/TA9999"), 404, "NotFoundError");
    assertError(get("/collections/nope"), 404, "NotFoundError");
  }

  @Test
  void filesRelatedAttackTechniquesAreCorpusTechniquesWithTheirParents() {
    int checked = 0;
    for (String file : sim.corpus().ids("file").subList(0, 30)) {
      List<String> techniques = ids(list("/files/" + file + "/related_attack_techniques"));
      for (String technique : techniques) {
        assertEquals(200, get("/attack_techniques/" + technique).status(), technique);
        if (technique.contains(".")) {
          assertTrue(techniques.contains(technique.substring(0, technique.indexOf('.'))));
        }
      }
      checked += techniques.size();
    }
    assertTrue(checked > 30, "most demo files show techniques");
    assertEquals(26, sim.corpus().ids("attack_technique").size());
    assertEquals(10, sim.corpus().ids("attack_tactic").size());
  }

  @Test
  void requestsAreCountedUnderTheirEndpoints() {
    RequestLog log = sim.requests();
    long lists = log.count("GET /collections");
    long related = log.count("GET /attack_techniques/{id}/{relationship}");
    get("/collections?limit=1");
    get("/attack_techniques/T1055/subtechniques");
    assertEquals(lists + 1, log.count("GET /collections"));
    assertEquals(related + 1, log.count("GET /attack_techniques/{id}/{relationship}"));
  }
}
