package io.vtsql.bench;

import static io.vtsql.bench.CorpusFacts.SEARCH_PAGE;
import static io.vtsql.bench.CorpusFacts.malicious;
import static io.vtsql.bench.CorpusFacts.pages;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The point-lookup and search questions of the quota suite. Each minimum is derived next to its
 * query: a lookup needs one GET per distinct id (a 404 included: only asking tells), a search needs
 * ceil(rows it must read / 300) pages and at least one.
 */
final class LookupAndSearchQueries {
  private LookupAndSearchQueries() {}

  static List<QuotaQuery> build(CorpusFacts c) {
    final List<QuotaQuery> q = new ArrayList<>();
    final String f1 = c.id("file", 1);
    final String f2 = c.id("file", 2);
    final String md5 = c.attribute("file", f2, "md5");
    q.add(
        QuotaQuery.of(
            "lookup by sha256",
            "SELECT id, size, malicious FROM files WHERE id = '" + f1 + "'",
            1,
            "one object: 1 GET /files/{id}",
            s -> s.object("files", f1)));
    q.add(
        QuotaQuery.of(
            "lookup by md5",
            "SELECT id, sha256, type_tag FROM files WHERE md5 = '" + md5 + "'",
            1,
            "the md5 is an accepted id: 1 GET",
            s -> s.object("files", md5)));
    final List<String> five = ids(c, "file", 10, 5);
    q.add(
        QuotaQuery.of(
            "IN list of 5 files",
            "SELECT id, malicious FROM files WHERE id IN (" + quoted(five) + ")",
            5,
            "5 distinct ids: 5 GETs",
            s -> five.forEach(id -> s.object("files", id))));
    final List<String> dup =
        List.of(five.get(0), five.get(1), five.get(0), five.get(2), five.get(1), five.get(0));
    q.add(
        QuotaQuery.of(
            "IN list with duplicates",
            "SELECT id, size FROM files WHERE id IN (" + quoted(dup) + ")",
            3,
            "6 values, 3 distinct ids: 3 GETs",
            s -> dup.forEach(id -> s.object("files", id))));
    final List<String> domains = new ArrayList<>(ids(c, "domain", 3, 2));
    domains.add("no-such-domain.example");
    q.add(
        QuotaQuery.of(
            "IN list with a missing domain",
            "SELECT id, registrar FROM domains" + " WHERE id IN (" + quoted(domains) + ")",
            3,
            "3 distinct ids; the missing one is known only from its 404: 3 GETs",
            s -> domains.forEach(id -> s.object("domains", id))));
    final String u1 = c.id("url", 1);
    final String url = c.attribute("url", u1, "url");
    final String b64 =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(url.getBytes(StandardCharsets.UTF_8));
    q.add(
        QuotaQuery.of(
            "URL lookup by its text",
            "SELECT id, title, malicious FROM urls" + " WHERE url = '" + url + "'",
            1,
            "the id is base64url(url): 1 GET",
            s -> s.object("urls", b64)));
    final String ip1 = c.id("ip_address", 1);
    q.add(
        QuotaQuery.of(
            "IP lookup",
            "SELECT id, asn, country FROM ip_addresses WHERE id = '" + ip1 + "'",
            1,
            "1 GET /ip_addresses/{ip}",
            s -> s.object("ip_addresses", ip1)));
    searches(c, q);
    return q;
  }

  /**
   * Searches. vtsql pushes bounds that hold under both readings of {@code N+} ("more than N" or "N
   * or more": {@code > 20} is {@code p:20+}, {@code >= 5} is {@code p:4+}) and keeps the exact
   * predicate locally, so a LIMIT stays above that filter and the search is read in pages of 300
   * until the LIMIT has its rows; only {@code N-} on {@code p:} and {@code size:} is exact
   * (documented "less than"). The minimums count pages of the superset query the server answers,
   * checked with the exact predicate, under whichever reading the simulator takes.
   */
  private static void searches(CorpusFacts c, List<QuotaQuery> q) {
    final Predicate<JsonNode> over20 = h -> malicious(h) > 20;
    q.add(
        QuotaQuery.of(
            "search + LIMIT 10",
            "SELECT id, size, malicious FROM files" + " WHERE malicious > 20 LIMIT 10",
            c.pagesFor("entity:file p:20+", null, over20, 10),
            "p:20+ in pages of 300 until 10 rows have malicious > 20: 1 page",
            s -> s.search("entity:file p:20+", null, over20, 10)));
    // Full objects, not descriptors: the ORDER BY column stays in the plan's output (Calcite
    // drops it only at the statement's root), so the scan cannot know it is unused. Same cost.
    final Predicate<JsonNode> atLeast5 = h -> malicious(h) >= 5;
    q.add(
        QuotaQuery.of(
                "ids only, ORDER BY allowed order",
                "SELECT id FROM files"
                    + " WHERE malicious >= 5 ORDER BY first_submission_date DESC LIMIT 20",
                c.pagesFor("entity:file p:4+", "first_submission_date-", atLeast5, 20),
                "order=first_submission_date-, p:4+ until 20 rows have malicious >= 5: 1 page",
                s -> s.search("entity:file p:4+", "first_submission_date-", atLeast5, 20))
            .sending("order=first_submission_date-"));
    // The local check of malicious >= 5 reads the attribute: full objects, not descriptors.
    q.add(
        QuotaQuery.of(
            "ids only + LIMIT",
            "SELECT id FROM files WHERE malicious >= 5 LIMIT 20",
            c.pagesFor("entity:file p:4+", null, atLeast5, 20),
            "p:4+ until 20 rows have malicious >= 5: 1 page",
            s -> s.search("entity:file p:4+", null, atLeast5, 20)));
    final Predicate<JsonNode> big = h -> h.path("attributes").path("size").asLong() > 100_000;
    q.add(
        QuotaQuery.of(
            "search + LIMIT 500",
            "SELECT id, size FROM files WHERE size > 100000" + " LIMIT 500",
            c.pagesFor("entity:file size:100000+", null, big, 500),
            "size:100000+ in pages of 300 until 500 rows are larger than 100000",
            s -> s.search("entity:file size:100000+", null, big, 500)));
    final Predicate<JsonNode> over40 = h -> malicious(h) > 40;
    final long p40 = c.hits("entity:file p:40+", null).size();
    q.add(
        QuotaQuery.of(
            "unlimited selective search, ids only",
            "SELECT id FROM files" + " WHERE malicious > 40",
            pages(p40, SEARCH_PAGE),
            p40 + " hits of p:40+ in pages of 300 (full objects: malicious is checked locally)",
            s -> s.search("entity:file p:40+", null, over40, Integer.MAX_VALUE)));
    final long p30 = c.hits("entity:file p:30+", null).size();
    q.add(
        QuotaQuery.of(
            "ORDER BY a column VT cannot sort",
            "SELECT id, reputation FROM files"
                + " WHERE malicious > 30 ORDER BY reputation LIMIT 5",
            pages(p30, SEARCH_PAGE),
            "reputation is no allowed order: all " + p30 + " hits of p:30+ must be read",
            s -> s.search("entity:file p:30+", null, Integer.MAX_VALUE)));
    final Predicate<JsonNode> over10 = h -> malicious(h) > 10;
    q.add(
        QuotaQuery.of(
            "ORDER BY + LIMIT/OFFSET",
            "SELECT id, size FROM files"
                + " WHERE malicious > 10 ORDER BY size DESC LIMIT 10 OFFSET 295",
            c.pagesFor("entity:file p:10+", "size-", over10, 305),
            "order=size-, p:10+ until 305 rows have malicious > 10: 2 pages of 300",
            s -> s.search("entity:file p:10+", "size-", over10, 305)));
    final Predicate<JsonNode> peexe =
        h -> h.path("attributes").path("type_tag").asText().equals("peexe") && malicious(h) > 20;
    q.add(
        QuotaQuery.of(
            "superset modifier (type:) + LIMIT",
            "SELECT id, size FROM files" + " WHERE type_tag = 'peexe' AND malicious > 20 LIMIT 10",
            c.pagesFor("entity:file type:peexe p:20+", null, peexe, 10),
            "type:peexe also matches type_tags; pages until the 10th exact match",
            s -> s.search("entity:file type:peexe p:20+", null, peexe, 10)));
    q.add(
        QuotaQuery.of(
                "descriptors only, full page",
                "SELECT id FROM files WHERE size < 50000" + " LIMIT 300",
                1,
                "size:50000- is exact (strictly smaller): limit=300"
                    + " descriptors_only=true: 1 page",
                s -> s.search("entity:file size:50000-", null, 300))
            .sending("descriptors_only=true"));
    final Predicate<JsonNode> detected = h -> malicious(h) > 0;
    q.add(
        QuotaQuery.of(
            "domains by creation date",
            "SELECT id, creation_date FROM domains"
                + " WHERE malicious > 0 ORDER BY creation_date DESC LIMIT 25",
            c.pagesFor("entity:domain p:0+", "creation_date-", detected, 25),
            "order=creation_date-, p:0+ until 25 rows have malicious > 0: 1 page",
            s -> s.search("entity:domain p:0+", "creation_date-", detected, 25)));
    final String asn = c.attribute("ip_address", c.id("ip_address", 1), "asn");
    final Predicate<JsonNode> inAsn = h -> h.path("attributes").path("asn").asText().equals(asn);
    q.add(
        QuotaQuery.of(
            "IPs of an ASN",
            "SELECT id, as_owner FROM ip_addresses WHERE asn = " + asn + " LIMIT 20",
            c.pagesFor("entity:ip asn:" + asn, null, inAsn, 20),
            "asn:" + asn + " until 20 rows: 1 page",
            s -> s.search("entity:ip asn:" + asn, null, inAsn, 20)));
    final Predicate<JsonNode> over2 = h -> malicious(h) > 2;
    q.add(
        QuotaQuery.of(
            "newest malicious URLs",
            "SELECT id, url FROM urls WHERE malicious > 2"
                + " ORDER BY last_submission_date DESC LIMIT 15",
            c.pagesFor("entity:url p:2+", "last_submission_date-", over2, 15),
            "order=last_submission_date-, p:2+ until 15 rows have malicious > 2: 1 page",
            s -> s.search("entity:url p:2+", "last_submission_date-", over2, 15)));
    q.add(
        QuotaQuery.of(
            "raw search (vt_search)",
            "SELECT id, malicious FROM"
                + " TABLE(vt_search('entity:file p:10+ sources:2+')) LIMIT 5",
            1,
            "limit=5: 1 page",
            s -> s.search("entity:file p:10+ sources:2+", null, 5)));
  }

  static List<String> ids(CorpusFacts c, String type, int from, int n) {
    final List<String> out = new ArrayList<>();
    for (int i = from; i < from + n; i++) {
      out.add(c.id(type, i));
    }
    return out;
  }

  static String quoted(List<String> values) {
    return values.stream()
        .map(v -> "'" + v.replace("'", "''") + "'")
        .collect(Collectors.joining(", "));
  }
}
