package io.vtsql.simulator.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** URL, domain and IP modifiers, and the context attributes of their hits. */
class NetworkModifiersTest {

  private static final TestCorpus CORPUS =
      new TestCorpus()
          .add(
              "url",
              "u1",
              "{\"url\": \"http://user@www.Host10.example.com/login?x=1\","
                  + " \"title\": \"Login Page\", \"last_http_response_code\": 200,"
                  + " \"categories\": {\"Forcepoint ThreatSeeker\": \"phishing and other frauds\"},"
                  + " \"tags\": [\"redirect\"], \"last_analysis_stats\": {\"malicious\": 3},"
                  + " \"first_submission_date\": 1704844800, \"last_submission_date\": 1704931200,"
                  + " \"last_analysis_date\": 1704931200,"
                  + " \"last_analysis_results\": {\"Sophos\": {\"result\": \"phishing\"}}}")
          .add(
              "url",
              "u2",
              "{\"url\": \"https://example.com:8443/a/b#frag\", \"title\": \"Not Found\","
                  + " \"last_http_response_code\": 404, \"last_analysis_stats\": {\"malicious\": 0},"
                  + " \"first_submission_date\": 1704758400}")
          .add(
              "url", "u3", "{\"url\": \"http://notexample.com\", \"last_http_response_code\": 301}")
          .add(
              "domain",
              "evil.example",
              "{\"tld\": \"example\", \"registrar\": \"NameCheap, Inc.\","
                  + " \"creation_date\": 1577836800, \"last_update_date\": 1704844800,"
                  + " \"whois\": \"Registrant Name: John Doe\", \"tags\": [\"dga\"],"
                  + " \"categories\": {\"BitDefender\": \"malware\"},"
                  + " \"last_analysis_stats\": {\"malicious\": 7}}")
          .add(
              "domain",
              "good.test",
              "{\"tld\": \"test\", \"registrar\": \"MarkMonitor Inc.\","
                  + " \"creation_date\": 946684800, \"last_analysis_stats\": {\"malicious\": 0}}")
          .add(
              "resolution",
              "192.0.2.10evil.example",
              "{\"ip_address\": \"192.0.2.10\", \"host_name\": \"evil.example\"}")
          .add(
              "resolution",
              "2001:db8::5good.test",
              "{\"ip_address\": \"2001:db8::5\", \"host_name\": \"good.test\"}")
          .relate("domain", "evil.example", "resolutions", "resolution", "192.0.2.10evil.example")
          .relate("domain", "good.test", "resolutions", "resolution", "2001:db8::5good.test")
          .add("file", "f1", "{\"last_analysis_stats\": {\"malicious\": 5}}")
          .add("file", "f2", "{\"last_analysis_stats\": {\"malicious\": 4}}")
          .add("file", "f3", "{\"last_analysis_stats\": {\"malicious\": 0}}")
          .relate("domain", "evil.example", "urls", "url", "u1")
          .relate("domain", "evil.example", "urls", "url", "u2")
          .relate("domain", "evil.example", "communicating_files", "file", "f1")
          .relate("domain", "evil.example", "communicating_files", "file", "f2")
          .relate("domain", "evil.example", "referrer_files", "file", "f3")
          .relate("ip_address", "192.0.2.1", "downloaded_files", "file", "f2")
          .add(
              "ip_address",
              "192.0.2.1",
              "{\"asn\": 64500, \"as_owner\": \"Example Networks LLC\","
                  + " \"country\": \"US\", \"tags\": [\"scanner\"], \"last_analysis_stats\": {\"malicious\": 2}}")
          .add(
              "ip_address",
              "198.51.100.7",
              "{\"asn\": 64501, \"as_owner\": \"Other AS\","
                  + " \"country\": \"NL\", \"last_analysis_stats\": {\"malicious\": 0}}")
          .add("ip_address", "2001:db8::1", "{\"asn\": 64502, \"country\": \"de\"}");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-01-12T00:00:00Z"), ZoneOffset.UTC);
  private static final IntelligenceSearch SEARCH =
      new IntelligenceSearch(CORPUS.build(), CLOCK, SearchSemantics.strictest());
  private static final IntelligenceSearch LENIENT =
      new IntelligenceSearch(CORPUS.build(), CLOCK, SearchSemantics.lenient());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // url: the words of the whole URL, case-insensitive ("notexample" is another word)
        "entity:url url:EXAMPLE|u1 u2",
        "entity:url url:\"example.com:8443\"|u2",
        // hostname: the host's words; domain: the host is it or a subdomain of it
        "entity:url hostname:example.com|u1 u2",
        "entity:url hostname:host10|u1",
        "entity:url hostname:user|",
        "entity:url domain:example.com|u1 u2",
        "entity:url domain:EXAMPLE.COM|u1 u2",
        "entity:url domain:notexample.com|u3",
        "entity:url domain:xample.com|",
        // path: from the first '/' to '?' or '#', by words
        "entity:url path:/a|u2",
        "entity:url path:LOGIN|u1",
        "entity:url path:x=1|",
        "entity:url path:frag|",
        "entity:url response_code:200|u1",
        "entity:url response_code:300+|u2 u3",
        "entity:url response_code:404-|u1 u3",
        "entity:url title:login|u1",
        "entity:url title:\"not found\"|u2",
        "entity:url category:phishing|u1",
        "entity:url engines:PHISH|u1",
        "entity:url tag:redirect|u1",
        "entity:url p:1+|u1",
        "entity:url positives:0|u2",
        "entity:url fs:2024-01-09+|u1",
        "entity:url fs:3d+|u1",
        "entity:url ls:2024-01-11|u1",
        "entity:url la:1d-|",
        "entity:url la:0d-|u1",
        // domain: the id's words; tld equals; registrar/whois by words; dates; resolutions
        "entity:domain domain:EVIL|evil.example",
        "entity:domain domain:.|",
        "entity:domain domain:\"*vil*\"|evil.example",
        "entity:domain domain:vil|",
        "entity:domain tld:EXAMPLE|evil.example",
        "entity:domain tld:exam|",
        "entity:domain registrar:namecheap|evil.example",
        "entity:domain registrar:\"inc.\"|evil.example good.test",
        "entity:domain creation_date:2020-01-01|evil.example",
        "entity:domain creation_date:2010-01-01-|good.test",
        "entity:domain last_update_date:2024-01-09+|evil.example",
        "entity:domain last_update_date:2024-01-10+|",
        "entity:domain lastupdate:2024-01-10T00:00:00|evil.example",
        "entity:domain whois:\"john doe\"|evil.example",
        "entity:domain tag:DGA|evil.example",
        "entity:domain category:malware|evil.example",
        "entity:domain p:7|evil.example",
        "entity:domain ip:192.0.2.0/24|evil.example",
        "entity:domain resolves_to:192.0.2.10|evil.example",
        "entity:domain ip:192.0.2.11|",
        "entity:domain resolves_to:2001:0db8:0:0::5|good.test",
        "entity:domain ip:2001:db8::/32|good.test",
        // ip: exact address or CIDR of the same family
        "entity:ip ip:192.0.2.1|192.0.2.1",
        "entity:ip ip:192.0.2.0/24|192.0.2.1",
        "entity:ip ip:192.0.2.77/24|192.0.2.1",
        "entity:ip ip:0.0.0.0/0|192.0.2.1 198.51.100.7",
        "entity:ip ip:2001:db8::/32|2001:db8::1",
        "entity:ip ip:2001:DB8:0::1|2001:db8::1",
        "entity:ip ip:::/0|2001:db8::1",
        "entity:ip ip:192.0.2.2|",
        "entity:ip asn:64501+|2001:db8::1",
        "entity:ip asn:64500|192.0.2.1",
        "entity:ip aso:\"example networks\"|192.0.2.1",
        "entity:ip aso:\"example net\"|",
        "entity:ip autonomous_system_owner:EXAMPLE|192.0.2.1",
        "entity:ip country:us|192.0.2.1",
        "entity:ip country:DE|2001:db8::1",
        "entity:ip tag:scanner|192.0.2.1",
        "entity:ip p:1+|192.0.2.1",
        "entity:ip NOT p:1+|198.51.100.7 2001:db8::1",
      })
  void modifierSemantics(String query, String expected) {
    TreeSet<String> want =
        new TreeSet<>(expected == null ? List.of() : Arrays.asList(expected.split(" ")));
    assertEquals(want, Hits.idSet(SEARCH.search(query, null)), query);
  }

  /** The lenient readings: N+ inclusive, text as substrings. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "entity:url url:EXAMPLE|u1 u2 u3",
        "entity:url hostname:example.com|u1 u2 u3",
        "entity:url response_code:404-|u1 u3",
        "entity:url fs:2024-01-10+|u1",
        "entity:url fs:3d+|u1 u2",
        "entity:domain domain:.|evil.example good.test",
        "entity:domain domain:vil|evil.example",
        "entity:domain last_update_date:2024-01-10+|evil.example",
        "entity:ip asn:64501+|198.51.100.7 2001:db8::1",
        "entity:ip aso:\"example net\"|192.0.2.1",
      })
  void lenientSemantics(String query, String expected) {
    TreeSet<String> want =
        new TreeSet<>(expected == null ? List.of() : Arrays.asList(expected.split(" ")));
    assertEquals(want, Hits.idSet(LENIENT.search(query, null)), query);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "entity:url size:1|Unknown modifier 'size' for entity:url",
        "entity:url kaspersky:x|Unknown modifier 'kaspersky' for entity:url",
        "entity:domain asn:1|Unknown modifier 'asn' for entity:domain",
        "entity:ip tld:com|Unknown modifier 'tld' for entity:ip",
        "entity:ip asn_owner:x|Unknown modifier 'asn_owner' for entity:ip",
        "entity:ip ip:300.1.1.1|Invalid value '300.1.1.1'",
        "entity:ip ip:192.0.2.0/33|Invalid value '192.0.2.0/33'",
        "entity:ip ip:2001:db8::/129|Invalid value",
        "entity:ip ip:example.com|Invalid value 'example.com'",
        "entity:ip ip:1:2|Invalid value '1:2'",
        "entity:ip ip:fe80::1%eth0|Invalid value",
        "entity:domain ip:localhost|Invalid value 'localhost'",
        "entity:domain creation_date:soon|Invalid date 'soon'",
        "entity:url response_code:ok|Invalid value 'ok'",
      })
  void invalidTermsAreBadRequests(String query, String message) {
    SearchException e = assertThrows(SearchException.class, () -> SEARCH.search(query, null));
    assertEquals("BadRequestError", e.code());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void urlHitsCarryTheirUrlAsContext() {
    ObjectNode hit = SEARCH.search("entity:url title:login", null).hits().get(0);
    assertEquals(
        "{\"url\":\"http://user@www.Host10.example.com/login?x=1\"}",
        hit.get("context_attributes").toString());
  }

  @Test
  void domainHitsCarryDetectionCountsFromRelationships() {
    ObjectNode hit = SEARCH.search("entity:domain domain:evil", null).hits().get(0);
    ObjectNode context = (ObjectNode) hit.get("context_attributes");
    assertEquals(1, context.get("detected_urls_count").asInt());
    assertEquals(3, context.get("urls_max_detections").asInt());
    assertEquals(2, context.get("detected_communicating_files_count").asInt());
    assertEquals(5, context.get("communicating_files_max_detections").asInt());
    assertEquals(0, context.get("detected_referring_files_count").asInt());
    assertEquals(0, context.get("referring_files_max_detections").asInt());
    assertEquals(0, context.get("detected_downloaded_files_count").asInt());
    assertEquals(0, context.get("downloaded_files_max_detections").asInt());
    assertEquals(8, context.size());
  }

  @Test
  void ipHitsCarryDetectionCountsFromRelationships() {
    ObjectNode context =
        (ObjectNode)
            SEARCH.search("entity:ip ip:192.0.2.1", null).hits().get(0).get("context_attributes");
    assertEquals(1, context.get("detected_downloaded_files_count").asInt());
    assertEquals(4, context.get("downloaded_files_max_detections").asInt());
    assertEquals(0, context.get("detected_urls_count").asInt());
    ObjectNode clean =
        (ObjectNode)
            SEARCH
                .search("entity:ip ip:198.51.100.7", null)
                .hits()
                .get(0)
                .get("context_attributes");
    assertEquals(8, clean.size());
    clean.elements().forEachRemaining(v -> assertEquals(0, v.asInt()));
  }
}
