package io.vtsql.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conformance: the client parses every real VirusTotal response in the shared captures folder, with
 * facts.
 */
class CapturesTest {
  private static final String EICAR =
      "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f";
  private static final String EXAMPLE_URL =
      "2a1b402420ef46577471cdc7409b0fa2c6a204db316e59ade2d805435489a067";
  private static final String GRAPH =
      "g7bca5023c497475bbc737e8c29f32a0c3d7b9c5eb8af43bab7b59dd1f6f17e79";
  private static final Map<String, List<ParsedCapture>> PARSED = new HashMap<>();

  @BeforeAll
  static void parseAll() throws IOException {
    Path folder = Capture.folder();
    assumeTrue(folder != null, "captures folder (system property vtsql.captures) is absent");
    for (Path file : Capture.files(folder)) {
      List<ParsedCapture> parsed = new ArrayList<>();
      for (Capture c : Capture.read(file)) {
        parsed.add(ParsedCapture.of(c));
      }
      PARSED.put(file.getFileName().toString(), parsed);
    }
  }

  @Test
  void everyCaptureHasFactsAndEveryFactItsCapture() {
    assertEquals(
        new TreeSet<>(FACTS.keySet()),
        new TreeSet<>(PARSED.keySet()),
        "each capture file needs concrete facts below (and each fact its file)");
    PARSED.forEach(
        (file, parsed) -> {
          assertFalse(parsed.isEmpty(), file);
          FACTS.get(file).accept(parsed);
        });
  }

  @Test
  void onlyTheRedirectAndTheErrorsFail() {
    List<String> failing = new ArrayList<>();
    PARSED.forEach(
        (file, parsed) ->
            parsed.stream().filter(p -> p.error() != null).forEach(p -> failing.add(file)));
    assertEquals(
        new TreeSet<>(
            List.of(
                "issue_subfinder1547_error_BadRequestError_limit40.json",
                "mdb_error_NotFoundError.json",
                "mdb_error_WrongCredentialsError.json",
                "pw_error_400_InvalidArgumentError.yml",
                "pw_error_401_WrongCredentialsError.yml",
                "pw_error_429_QuotaExceededError.yml",
                "vx_file_download_302.yml",
                "vx_url_add_vote_404_NotFoundError.yml")),
        new TreeSet<>(failing));
  }

  @Test
  void bodyOnlyErrorsMapByCodeWhenTheStatusIsUnknown() throws IOException {
    for (String file :
        List.of(
            "mdb_error_NotFoundError.json",
            "mdb_error_WrongCredentialsError.json",
            "issue_subfinder1547_error_BadRequestError_limit40.json")) {
      Capture c = PARSED.get(file).get(0).capture();
      VtException byCode =
          EnvelopeParser.error(
              0, EnvelopeParser.mapper().readTree(c.body()), c.path(), null, KeyMask.NONE);
      assertEquals(PARSED.get(file).get(0).error().getClass(), byCode.getClass(), file);
      assertEquals(0, byCode.httpStatus());
      assertTrue(byCode.getMessage().contains("no HTTP response"), byCode.getMessage());
    }
  }

  private static ParsedCapture one(List<ParsedCapture> parsed) {
    assertEquals(1, parsed.size());
    return parsed.get(0);
  }

  private static VtObject object(List<ParsedCapture> parsed, String type, String id) {
    ParsedCapture p = one(parsed);
    assertNull(p.error(), () -> String.valueOf(p.error()));
    assertNotNull(p.object(), p.capture().file());
    assertEquals(type, p.object().type());
    assertEquals(id, p.object().id());
    return p.object();
  }

  private static VtPage page(List<ParsedCapture> parsed, int size, String firstId, String cursor) {
    ParsedCapture p = one(parsed);
    assertNull(p.error(), () -> String.valueOf(p.error()));
    VtPage page = p.page();
    assertNotNull(page, p.capture().file());
    assertEquals(size, page.data().size());
    if (firstId != null) {
      assertEquals(firstId, page.data().get(0).id());
    }
    assertEquals(cursor, page.cursor().orElse(null));
    assertEquals(
        cursor != null, page.nextLink().isPresent(), "links.next exactly when there is a cursor");
    if (cursor != null) {
      assertTrue(page.nextLink().get().contains("cursor="));
    }
    return page;
  }

  private static VtException error(
      List<ParsedCapture> parsed,
      Class<? extends VtException> type,
      int status,
      String code,
      String messagePart) {
    VtException e = one(parsed).error();
    assertInstanceOf(type, e);
    assertEquals(status, e.httpStatus());
    assertEquals(code, e.code());
    assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    assertTrue(e.getMessage().contains("HTTP " + status), e.getMessage());
    assertTrue(e.getMessage().contains(e.path()), e.getMessage());
    return e;
  }

  private static final Map<String, Consumer<List<ParsedCapture>>> FACTS = new HashMap<>();

  static {
    FACTS.put(
        "azul_file_feed_batch.jsonl",
        parsed -> {
          assertEquals(10, parsed.size());
          assertEquals(
              "bebdfd8216bce5c81ebfdcdf496e69d00e3a922faa70110fed80d2e4287a07f8",
              parsed.get(0).object().id());
          assertEquals(
              "53844e28d388d87f5f5622ff8acd94750afea918bee17c0c027009d3d5467209",
              parsed.get(9).object().id());
          for (ParsedCapture p : parsed) {
            assertEquals("file", p.object().type());
            assertTrue(p.object().contextAttributes().has("download_url"));
            assertEquals(6, p.object().relationships().size());
          }
          VtObject sixth = parsed.get(5).object();
          VtPage embedded =
              EnvelopeParser.parsePage(sixth.relationships().get("contacted_ips"), "/embedded");
          assertEquals(20, embedded.data().size());
          assertEquals("eyJsaW1pdCI6IDIwLCAib2Zmc2V0IjogMjB9", embedded.cursor().orElseThrow());
          assertEquals("ip_address", embedded.data().get(0).type());
          assertEquals(
              0, embedded.data().get(0).attributes().size(), "descriptors have no attributes");
        });
    FACTS.put(
        "azul_file_report_win32dll.json",
        parsed -> {
          VtObject f =
              object(
                  parsed,
                  "file",
                  "f568a0362c238ebbadca53fd4307dac2fe209ddc6257fd300379ebc3c10261e9");
          assertEquals(42, f.attributes().size());
          assertEquals("2a0ac716254c23667b8a223a6e5f6e13", f.attributes().get("md5").asText());
          assertEquals(286720, f.attributes().get("size").asLong());
          assertEquals(
              4, f.attributes().path("last_analysis_stats").path("type-unsupported").asInt());
          assertTrue(
              f.attributes().path("threat_severity").path("last_analysis_date").isTextual(),
              "the documented quirk: a date as a string");
        });
    FACTS.put(
        "issue_subfinder1547_error_BadRequestError_limit40.json",
        parsed ->
            error(
                parsed,
                VtBadRequestException.class,
                400,
                "BadRequestError",
                "Limit can't be larger than 40"));
    FACTS.put(
        "mdb_domain_haiku-os.org.json",
        parsed -> {
          VtObject d = object(parsed, "domain", "haiku-os.org");
          assertEquals("org", d.attributes().get("tld").asText());
          assertEquals("NameCheap, Inc.", d.attributes().get("registrar").asText());
          assertEquals(63, d.attributes().path("last_analysis_stats").path("harmless").asInt());
        });
    FACTS.put(
        "mdb_error_NotFoundError.json",
        parsed ->
            error(
                parsed,
                VtNotFoundException.class,
                404,
                "NotFoundError",
                "File \"fffdddd2c3dc06d147c5ddddddd5c7e6acda4d1f1369fbc994cddd3c19a2de88\" not found"));
    FACTS.put(
        "mdb_error_WrongCredentialsError.json",
        parsed ->
            error(
                parsed,
                VtAuthenticationException.class,
                401,
                "WrongCredentialsError",
                "Wrong API key"));
    FACTS.put(
        "mdb_file_analyse_rescan.json",
        parsed -> {
          VtObject a =
              object(
                  parsed,
                  "analysis",
                  "ZWY0Y2M1NWMzOTkwY2E2MmJmMDUyM2NlMTA1ZGU3NTA6MTcwMjIzNTY5MA==");
          assertEquals(0, a.attributes().size());
          assertTrue(
              a.selfLink()
                  .endsWith(
                      "/analyses/ZWY0Y2M1NWMzOTkwY2E2MmJmMDUyM2NlMTA1ZGU3NTA6MTcwMjIzNTY5MA=="));
        });
    FACTS.put(
        "mdb_file_fff40032.json",
        parsed -> {
          VtObject f =
              object(
                  parsed,
                  "file",
                  "fff40032c3dc062147c530e3a0a5c7e6acda4d1f1369fbc994cddd3c19a2de88");
          assertEquals(27, f.attributes().size());
          assertEquals(36, f.attributes().path("last_analysis_stats").path("malicious").asInt());
          assertEquals(67745, f.attributes().get("size").asLong());
        });
    FACTS.put(
        "mihari_intel_search_entity_domain.yml",
        parsed -> {
          VtPage p = page(parsed, 8, "ninoseki.github.io", null);
          assertEquals(8, p.totalHits().getAsLong());
          assertFalse(p.count().isPresent(), "search sends total_hits, not count");
          assertEquals(
              1, p.data().get(0).contextAttributes().get("detected_referring_files_count").asInt());
          assertEquals(365, p.meta().get("days_back").asInt());
        });
    FACTS.put(
        "mihari_intel_search_entity_ip.yml",
        parsed -> {
          VtPage p = page(parsed, 1, "167.179.69.149", null);
          assertEquals("ip_address", p.data().get(0).type());
          assertEquals("ip", p.meta().path("allowed_orders").get(0).asText());
        });
    FACTS.put(
        "mihari_intel_search_entity_url.yml",
        parsed -> {
          VtPage p = page(parsed, 3, EXAMPLE_URL, null);
          assertEquals(
              "http://example.com/", p.data().get(0).contextAttributes().get("url").asText());
          assertEquals(3, p.totalHits().getAsLong());
        });
    FACTS.put(
        "mihari_intel_search_file.yml",
        parsed -> {
          VtPage p =
              page(
                  parsed,
                  1,
                  "5528d3755e12a27dcd5abff3ae73fa186ce732091ecc781ecb5531875519e2e5",
                  null);
          assertEquals(1, p.totalHits().getAsLong());
          assertNull(p.data().get(0).contextAttributes());
          assertEquals("unique_sources", p.meta().path("allowed_orders").get(5).asText());
        });
    FACTS.put(
        "octi_yara_ruleset_get.json",
        parsed -> {
          VtObject r = object(parsed, "yara_ruleset", "00888403c4");
          assertEquals(3, r.attributes().size());
          assertEquals("win.kerrdown_auto", r.attributes().get("name").asText());
          assertTrue(r.attributes().get("rules").asText().startsWith("rule win_kerrdown_auto {"));
        });
    FACTS.put(
        "pw_error_400_InvalidArgumentError.yml",
        parsed ->
            error(
                parsed,
                VtBadRequestException.class,
                400,
                "InvalidArgumentError",
                "Domain \"xpressco.za\" is not a valid domain pattern"));
    FACTS.put(
        "pw_error_401_WrongCredentialsError.yml",
        parsed -> {
          error(
              parsed,
              VtAuthenticationException.class,
              401,
              "WrongCredentialsError",
              "Wrong API key");
          Capture c = one(parsed).capture();
          VtException masked =
              assertThrows(
                  VtException.class,
                  () ->
                      EnvelopeParser.checkResponse(
                          c.status(), c.body(), c.path(), null, new KeyMask("testapikey")));
          assertFalse(
              masked.getMessage().contains("testapikey"),
              "the server echoes the key; the client masks it");
          assertTrue(masked.getMessage().contains(KeyMask.MASK), masked.getMessage());
        });
    FACTS.put(
        "pw_error_429_QuotaExceededError.yml",
        parsed -> {
          VtQuotaExceededException e =
              (VtQuotaExceededException)
                  error(
                      parsed,
                      VtQuotaExceededException.class,
                      429,
                      "QuotaExceededError",
                      "Quota exceeded");
          assertFalse(e.daily(), "\"Quota exceeded\" does not say the daily quota is spent");
        });
    FACTS.put(
        "pw_group_get_pii_replaced.yml",
        parsed -> {
          VtObject g = object(parsed, "group", "GROUP_us");
          assertEquals(17, g.attributes().size());
          assertEquals(
              30000,
              g.attributes().path("quotas").path("api_requests_daily").path("allowed").asInt());
          assertFalse(g.attributes().path("privileges").path("cases").path("granted").asBoolean());
        });
    FACTS.put(
        "pw_user_get_pii_replaced.yml",
        parsed -> {
          VtObject u = object(parsed, "user", "granville");
          assertTrue(
              one(parsed).capture().path().endsWith("/users/testapikey"),
              "asked by key, answered by user id");
          assertEquals(13, u.attributes().size());
          assertEquals(
              102, u.attributes().path("quotas").path("api_requests_daily").path("used").asInt());
          assertEquals(
              240,
              u.attributes().path("quotas").path("api_requests_hourly").path("allowed").asInt());
          assertEquals(1512986169L, u.attributes().get("user_since").asLong());
        });
    FACTS.put(
        "vx_graph_comments_empty.yml",
        parsed -> {
          VtPage p = page(parsed, 0, null, null);
          assertTrue(p.meta().isMissingNode(), "an empty relationship page has no meta");
          assertTrue(p.selfLink().get().endsWith("/comments?limit=10"));
        });
    FACTS.put(
        "vx_graph_get.yml",
        parsed -> {
          VtObject g = object(parsed, "graph", GRAPH);
          assertEquals(9, g.attributes().size());
          assertEquals(
              "Untitled Graph", g.attributes().path("graph_data").path("description").asText());
          assertEquals("file", g.attributes().path("nodes").get(0).path("type").asText());
          assertEquals(0, g.attributes().path("links").size());
        });
    FACTS.put(
        "vx_graph_group_null_1to1.yml",
        parsed -> {
          ParsedCapture p = one(parsed);
          assertNull(p.error());
          assertTrue(p.nullSingle(), "an empty one-to-one relationship is data: null");
        });
    FACTS.put(
        "vx_graph_items.yml",
        parsed -> {
          VtPage p =
              page(
                  parsed,
                  1,
                  "aa766b215e8614615f3477c0b22ec5b80d013e8527a18d1ecf08cf3076e5cae1",
                  null);
          assertEquals("file", p.data().get(0).type());
          assertTrue(
              p.data().get(0).attributes().has("last_analysis_results"), "items are full objects");
        });
    FACTS.put(
        "vx_graph_owner_user_1to1.yml",
        parsed -> {
          VtObject u = object(parsed, "user", "sreenivasaraop");
          assertEquals(6, u.attributes().size(), "another user's public view");
          assertEquals(1478153413L, u.attributes().get("user_since").asLong());
        });
    FACTS.put(
        "vx_graphs_list.yml",
        parsed -> {
          VtPage p =
              page(
                  parsed,
                  10,
                  "g8a8c71844d5444f98fd3ef10e3ccc94f894c32f05f86417cb4c7605cdc8a2308",
                  p0(parsed).page().cursor().orElseThrow());
          assertTrue(
              p.cursor().get().startsWith("True:CoUH"), "a graphs cursor as VirusTotal sent it");
          assertFalse(p.count().isPresent(), "the graphs list has no count");
          assertEquals(
              "gce28ef20ceea49b6a61bbdd876cb2011c4cc9609653440b4882330fe12b3a943",
              p.data().get(9).id());
        });
    FACTS.put(
        "vx_analysis_get_url.yml",
        parsed -> {
          VtObject a = object(parsed, "analysis", "u-" + EXAMPLE_URL + "-1569484202");
          assertEquals(1569484202L, a.attributes().get("date").asLong());
          assertNull(a.selfLink());
        });
    FACTS.put(
        "vx_domain_comments_nocursor.yml",
        parsed -> {
          VtPage p = page(parsed, 2, "d-github.com-990aaacd", null);
          assertTrue(p.meta().isMissingNode(), "2019 collections without a next page have no meta");
          assertEquals(
              "https://www.virustotal.com/api/v3/domains/github.com/comments?limit=10",
              p.selfLink().get());
        });
    FACTS.put(
        "vx_domain_communicating_files.yml",
        parsed -> {
          VtPage p =
              page(
                  parsed,
                  10,
                  "cc48f8b07d1dfc5dea013585766f841568bf040838f3e89ed26d8be496e6f110",
                  "STEwCi4=");
          assertTrue(
              p.data().stream()
                  .allMatch(o -> o.type().equals("file") && o.attributes().has("sha256")));
        });
    FACTS.put(
        "vx_domain_get_github.com.yml",
        parsed -> {
          VtObject d = object(parsed, "domain", "github.com");
          assertEquals("https://www.virustotal.com/api/v3/domains/github.com", d.selfLink());
          assertEquals(13, d.attributes().size());
        });
    FACTS.put(
        "vx_domain_historical_whois.yml",
        parsed -> {
          VtPage p =
              page(
                  parsed,
                  3,
                  "b1be45e4fabf80c22bedd011c4175258581a5091111ea05cc436eec30d46fe48",
                  null);
          assertEquals("whois", p.data().get(2).type());
        });
    FACTS.put(
        "vx_domain_resolutions.yml",
        parsed -> {
          VtPage p =
              page(
                  parsed,
                  10,
                  "140.82.114.3github.com",
                  "ClUKEQoEZGF0ZRIJCLGyk8ba8eACEjxqEXN-dmlydXN0b3Rhb"
                      + "GNsb3VkcicLEgpSZXNvbHV0aW9uIhcxMy4yMjkuMTg4LjU5Z2l0aHViLmNvbQwYACAB");
          assertEquals("13.229.188.59github.com", p.data().get(9).id());
        });
    FACTS.put(
        "vx_domain_siblings_empty.yml",
        parsed -> {
          VtPage p = page(parsed, 0, null, null);
          assertTrue(p.meta().isMissingNode());
        });
    FACTS.put(
        "vx_file_add_vote_post.yml",
        parsed -> {
          VtObject v = object(parsed, "vote", "f-" + EICAR + "-bd9b1994");
          assertNull(v.selfLink(), "links.self is null in this capture");
          assertEquals("harmless", v.attributes().get("verdict").asText());
        });
    FACTS.put("vx_file_analyse_post.yml", parsed -> object(parsed, "analysis", "1571524923"));
    FACTS.put(
        "vx_file_download_302.yml",
        parsed -> {
          VtException e =
              error(parsed, VtProtocolException.class, 302, "UnexpectedRedirect", "redirect");
          assertFalse(e.getMessage().contains("vtsamples"), "the redirect target is not echoed");
        });
    FACTS.put(
        "vx_file_download_url.yml",
        parsed -> {
          ParsedCapture p = one(parsed);
          assertTrue(
              p.data()
                  .asText()
                  .startsWith("https://vtsamples.commondatastorage.googleapis.com/" + EICAR));
        });
    FACTS.put(
        "vx_file_upload_post.yml",
        parsed ->
            object(
                parsed,
                "analysis",
                "YmE0ZTM0ZGQ0YmRlNjdiMjIxMzYyZDU0YzRiYWYwNzA6MTU3MTUyNDc2OA=="));
    FACTS.put(
        "vx_file_upload_url.yml",
        parsed ->
            assertTrue(
                one(parsed).data().asText().startsWith("https://www.virustotal.com/_ah/upload/")));
    FACTS.put(
        "vx_file_votes.yml",
        parsed -> {
          VtPage p =
              page(
                  parsed, 10, "f-" + EICAR + "-c0344c1a", p0(parsed).page().cursor().orElseThrow());
          assertTrue(p.cursor().get().startsWith("Cs8BChEKBGRhdGU"));
          assertEquals("f-" + EICAR + "-f3246a62", p.data().get(9).id());
        });
    FACTS.put(
        "vx_graph_relationships_editors_descriptors_empty.yml",
        parsed -> {
          VtPage p = page(parsed, 0, null, null);
          assertTrue(p.selfLink().get().endsWith("/relationships/editors?limit=10"));
        });
    FACTS.put(
        "vx_intel_search_file.yml",
        parsed -> {
          VtPage p =
              page(
                  parsed,
                  10,
                  EICAR,
                  "eJwNzLEOgyAUBdBfqqiNSwdTDMEECIZK3ls71IBMHag3fnzdznSau-iavmuH4YyYhMH0c4GqkZ-vfur"
                      + "Ly-bkno2Yi8WaCWNvoCsrf1jo1kVORs7JhhFWrYUjZ0ovEDwslo2uj4MtLN8HK6osPfR-e5x_TVco-g==");
          assertEquals(96, p.totalHits().getAsLong());
          assertEquals(90, p.meta().get("days_back").asInt());
        });
    FACTS.put(
        "vx_intel_search_url_page1.yml",
        parsed -> {
          VtPage p =
              page(
                  parsed,
                  10,
                  "cc2f81ff2e866b195a04ff2c2ef0be08db7c2b61bc8423c26c10a0bb800aa44e",
                  p0(parsed).page().cursor().orElseThrow());
          assertTrue(p.cursor().get().startsWith("eJwNy0sKwyAQANArxVELXWRRqhQDM8GihPECBT"));
          assertEquals(603, p.totalHits().getAsLong());
          assertTrue(
              p.data().get(0).contextAttributes().get("url").isArray(), "a list of urls in 2021");
        });
    FACTS.put(
        "vx_intel_search_url_page2.yml",
        parsed -> {
          VtPage p =
              page(
                  parsed,
                  10,
                  "cc2f81ff2e866b195a04ff2c2ef0be08db7c2b61bc8423c26c10a0bb800aa44e",
                  p0(parsed).page().cursor().orElseThrow());
          assertTrue(p.cursor().get().startsWith("eJwNy0sKwyAQANAr6aiFLrooVYqBmWBRwniBgp9VF"));
          assertTrue(
              one(parsed).capture().path().contains("cursor="),
              "page 2 was requested with a cursor");
        });
    FACTS.put("vx_ip_get_1.1.1.1.yml", parsed -> object(parsed, "ip_address", "1.1.1.1"));
    FACTS.put(
        "vx_ip_resolutions.yml",
        parsed -> {
          VtPage p =
              page(
                  parsed,
                  10,
                  "1.1.1.1kdhnuvweq.xpqgimn.qypvthu.loqu.forum.mythem.es",
                  p0(parsed).page().cursor().orElseThrow());
          assertTrue(
              p.cursor().get().endsWith("MGAAgAQ=="),
              "the cursor is unescaped from links.next's %3D%3D");
        });
    FACTS.put(
        "vx_ip_urls.yml",
        parsed -> {
          VtPage p =
              page(
                  parsed,
                  10,
                  "e4c6de46e3d944feca53d71dc8762d14dd13f48b4051a30fa1312a409372b6ff",
                  "STEwCi4=");
          assertEquals(
              "4167099745854a0380eb5965969878e0c9bf2bb516751cca4dab361476562459",
              p.data().get(9).id());
        });
    FACTS.put(
        "vx_url_add_vote_404_NotFoundError.yml",
        parsed ->
            error(
                parsed,
                VtNotFoundException.class,
                404,
                "NotFoundError",
                "Item \"aHR0cDovL2V4YW1wbGUuY29tLw\" type \"URL\" not found"));
    FACTS.put(
        "vx_url_analyse_post.yml",
        parsed -> object(parsed, "analysis", "u-" + EXAMPLE_URL + "-1571525812"));
    FACTS.put(
        "vx_url_comments_cursor.yml",
        parsed -> {
          VtPage p =
              page(
                  parsed,
                  10,
                  "u-" + EXAMPLE_URL + "-40258916",
                  p0(parsed).page().cursor().orElseThrow());
          assertTrue(
              p.nextLink().get().contains("/urls/" + EXAMPLE_URL + "/comments"),
              "links use the SHA-256 id");
          assertEquals("comment", p.data().get(0).type());
        });
    FACTS.put(
        "vx_url_get_example.com.yml",
        parsed -> {
          VtObject u = object(parsed, "url", EXAMPLE_URL);
          assertEquals("http://example.com/", u.attributes().get("url").asText());
        });
    FACTS.put(
        "vx_url_last_serving_ip_address_1to1.yml",
        parsed -> {
          assertFalse(one(parsed).nullSingle());
          object(parsed, "ip_address", "93.184.216.34");
        });
    FACTS.put(
        "vx_url_network_location_1to1.yml",
        parsed -> {
          VtObject d = object(parsed, "domain", "example.com");
          assertEquals(808372800L, d.attributes().get("creation_date").asLong());
        });
    FACTS.put(
        "vx_url_submissions.yml",
        parsed -> {
          VtPage p =
              page(
                  parsed,
                  10,
                  "u-" + EXAMPLE_URL + "-1571525812",
                  p0(parsed).page().cursor().orElseThrow());
          assertEquals("submission", p.data().get(0).type());
          assertEquals("u-" + EXAMPLE_URL + "-1571493605", p.data().get(9).id());
        });
    FACTS.put(
        "wtfis_vt_domain_google.json",
        parsed -> {
          VtObject d = object(parsed, "domain", "google.com");
          assertEquals("MarkMonitor Inc.", d.attributes().get("registrar").asText());
        });
    FACTS.put(
        "wtfis_vt_historical_whois_empty.json",
        parsed -> {
          VtPage p = page(parsed, 0, null, null);
          assertEquals(0, p.count().getAsLong());
        });
    FACTS.put(
        "wtfis_vt_ip_1.1.1.1.json",
        parsed -> {
          VtObject ip = object(parsed, "ip_address", "1.1.1.1");
          assertEquals(13335, ip.attributes().get("asn").asInt());
          assertEquals("CLOUDFLARENET", ip.attributes().get("as_owner").asText());
        });
    FACTS.put(
        "wtfis_vt_resolutions_gist.json",
        parsed -> {
          VtPage p =
              page(
                  parsed,
                  10,
                  "13.234.210.38gist.github.com",
                  p0(parsed).page().cursor().orElseThrow());
          assertEquals(37, p.count().getAsLong());
          assertTrue(p.cursor().get().startsWith("ClkKEQoEZGF0ZRIJCMynnPORtOsC"));
          assertEquals("140.82.121.3gist.github.com", p.data().get(9).id());
        });
    FACTS.put(
        "wtfis_vt_resolutions_no_result.json",
        parsed -> {
          VtPage p = page(parsed, 0, null, null);
          assertEquals("", p.meta().get("cursor").asText(), "the empty cursor is in meta ...");
          assertEquals(0, p.count().getAsLong());
        });
  }

  /**
   * The capture's own cursor, for pages whose cursor is too long to repeat here (checked by prefix
   * instead).
   */
  private static ParsedCapture p0(List<ParsedCapture> parsed) {
    return one(parsed);
  }
}
