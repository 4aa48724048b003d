package io.vtsql.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The relationship, join and cache questions of the quota suite. A relationship costs one call per
 * distinct parent per 40 targets (at least one: only asking tells that it is empty), on the
 * descriptor endpoint when only ids are needed; the targets arrive as full objects, so no GET per
 * target is ever needed.
 */
final class PivotQueries {
  private PivotQueries() {}

  static List<QuotaQuery> build(CorpusFacts c, List<QuotaQuery> earlier) {
    final List<QuotaQuery> q = new ArrayList<>();
    final String f = firstFileContacting(c, 3);
    final String f0 = c.id("file", 0);
    final String d0 = c.id("domain", 0);
    final String ip0 = c.id("ip_address", 0);
    final String u0 = c.id("url", 0);
    final int fDomains = c.related("file", f, "contacted_domains");
    q.add(
        QuotaQuery.of(
            "pivot: domains a file contacts",
            "SELECT id, malicious, registrar"
                + " FROM file_contacted_domains WHERE file_id = '"
                + f
                + "'",
            c.relationshipPages("file", f, "contacted_domains"),
            fDomains + " domains, full objects in pages of 40",
            s -> s.related("files", f, "contacted_domains")));
    q.add(
        QuotaQuery.of(
                "pivot, ids only",
                "SELECT id FROM file_contacted_domains" + " WHERE file_id = '" + f + "'",
                c.relationshipPages("file", f, "contacted_domains"),
                fDomains + " descriptors in pages of 40",
                s -> s.descriptors("files", f, "contacted_domains"))
            .sending("/relationships/contacted_domains"));
    final int d0Files = c.related("domain", d0, "communicating_files");
    q.add(
        QuotaQuery.of(
                "files talking to a domain, ids",
                "SELECT id FROM" + " domain_communicating_files WHERE domain_id = '" + d0 + "'",
                c.relationshipPages("domain", d0, "communicating_files"),
                d0Files + " descriptors in pages of 40",
                s -> s.descriptors("domains", d0, "communicating_files"))
            .sending("/relationships/communicating_files"));
    q.add(
        QuotaQuery.of(
            "passive DNS of a domain",
            "SELECT ip_address, \"date\" FROM"
                + " domain_resolutions WHERE domain_id = '"
                + d0
                + "'",
            c.relationshipPages("domain", d0, "resolutions"),
            c.related("domain", d0, "resolutions") + " resolutions in pages of 40",
            s -> s.related("domains", d0, "resolutions")));
    q.add(
        QuotaQuery.of(
            "files talking to an IP",
            "SELECT id, size, malicious FROM"
                + " ip_address_communicating_files WHERE ip_address_id = '"
                + ip0
                + "'",
            c.relationshipPages("ip_address", ip0, "communicating_files"),
            c.related("ip_address", ip0, "communicating_files") + " files in pages of 40",
            s -> s.related("ip_addresses", ip0, "communicating_files")));
    q.add(
        QuotaQuery.of(
            "1:1 relationship",
            "SELECT id, country FROM" + " url_last_serving_ip_address WHERE url_id = '" + u0 + "'",
            1,
            "one call returns the object",
            s -> s.related("urls", u0, "last_serving_ip_address")));
    q.add(
        QuotaQuery.of(
            "dropped files of a sample",
            "SELECT id, type_tag FROM" + " file_dropped_files WHERE file_id = '" + f0 + "'",
            c.relationshipPages("file", f0, "dropped_files"),
            c.related("file", f0, "dropped_files") + " files in pages of 40",
            s -> s.related("files", f0, "dropped_files")));
    joins(c, q, f);
    cache(c, q, earlier);
    return q;
  }

  private static void joins(CorpusFacts c, List<QuotaQuery> q, String f) {
    final Predicate<JsonNode> over20 = h -> CorpusFacts.malicious(h) > 20;
    final List<ObjectNode> top =
        c.hits("entity:file p:20+", "first_submission_date-").stream()
            .filter(over20)
            .limit(10)
            .toList();
    final long searchPages = c.pagesFor("entity:file p:20+", "first_submission_date-", over20, 10);
    final List<String> parents = top.stream().map(h -> h.path("id").asText()).toList();
    long perParent = 0;
    for (String p : parents) {
      perParent += c.relationshipPages("file", p, "contacted_domains");
    }
    final String sub =
        "(SELECT id FROM files WHERE malicious > 20"
            + " ORDER BY first_submission_date DESC LIMIT 10) f";
    q.add(
        QuotaQuery.of(
                "search-driven join, ids",
                "SELECT f.id, d.id AS domain FROM "
                    + sub
                    + " JOIN file_contacted_domains d ON d.file_id = f.id",
                searchPages + perParent,
                "1 search page + per parent ceil(n/40) descriptor calls",
                s -> {
                  for (JsonNode hit :
                      s.search("entity:file p:20+", "first_submission_date-", over20, 10)) {
                    s.descriptors("files", hit.path("id").asText(), "contacted_domains");
                  }
                })
            .sending("/relationships/contacted_domains"));
    q.add(
        QuotaQuery.of(
            "search-driven join, attributes",
            "SELECT f.id, d.id, d.malicious,"
                + " d.registrar FROM "
                + sub
                + " JOIN file_contacted_domains d ON d.file_id = f.id",
            searchPages + perParent,
            "1 search page + per parent ceil(n/40) full-object calls",
            s -> {
              for (JsonNode hit :
                  s.search("entity:file p:20+", "first_submission_date-", over20, 10)) {
                s.related("files", hit.path("id").asText(), "contacted_domains");
              }
            }));
    q.add(
        QuotaQuery.of(
            "lookup joined to its relationship",
            "SELECT f.size, d.id, d.registrar"
                + " FROM files f JOIN file_contacted_domains d ON d.file_id = f.id WHERE f.id = '"
                + f
                + "'",
            1 + c.relationshipPages("file", f, "contacted_domains"),
            "1 GET for the file + ceil(n/40) relationship calls",
            s -> {
              s.object("files", f);
              s.related("files", f, "contacted_domains");
            }));
    final List<String> domains = c.relatedIds("file", f, "contacted_domains");
    long twoHop = c.relationshipPages("file", f, "contacted_domains");
    final Set<String> ips = new LinkedHashSet<>();
    for (String d : domains) {
      twoHop += c.relationshipPages("domain", d, "resolutions");
      for (String r : c.relatedIds("domain", d, "resolutions")) {
        ips.add(c.attribute("resolution", r, "ip_address"));
      }
    }
    q.add(
        QuotaQuery.of(
            "two hops: file → domains → resolutions",
            "SELECT d.id, r.ip_address"
                + " FROM file_contacted_domains d JOIN domain_resolutions r ON r.domain_id = d.id"
                + " WHERE d.file_id = '"
                + f
                + "'",
            twoHop,
            "descriptors of the file's domains + per domain ceil(resolutions/40)",
            s -> {
              for (JsonNode d : s.descriptors("files", f, "contacted_domains")) {
                s.related("domains", d.path("id").asText(), "resolutions");
              }
            }));
    long threeHop = twoHop;
    for (String ip : ips) {
      threeHop += c.relationshipPages("ip_address", ip, "communicating_files");
    }
    q.add(
        QuotaQuery.of(
            "three hops: … → IPs → communicating files",
            "SELECT DISTINCT c.id"
                + " FROM file_contacted_domains d JOIN domain_resolutions r ON r.domain_id = d.id"
                + " JOIN ip_address_communicating_files c ON c.ip_address_id = r.ip_address"
                + " WHERE d.file_id = '"
                + f
                + "'",
            threeHop,
            "two hops + per distinct IP (" + ips.size() + ") ceil(files/40) descriptor calls",
            s -> {
              for (JsonNode d : s.descriptors("files", f, "contacted_domains")) {
                for (JsonNode r : s.related("domains", d.path("id").asText(), "resolutions")) {
                  s.descriptors(
                      "ip_addresses",
                      r.path("attributes").path("ip_address").asText(),
                      "communicating_files");
                }
              }
            }));
  }

  private static void cache(CorpusFacts c, List<QuotaQuery> q, List<QuotaQuery> earlier) {
    q.add(earlier.get(0).repeated());
    q.add(
        earlier.stream()
            .filter(e -> e.name().equals("search + LIMIT 10"))
            .findFirst()
            .orElseThrow()
            .repeated());
    q.add(q.get(0).repeated());
    final List<String> ids = List.of(c.id("file", 1), c.id("file", 2));
    q.add(
        QuotaQuery.prepared(
            "prepared lookup, 3 executions",
            "SELECT id, size FROM files" + " WHERE id = ?",
            List.of(List.of(ids.get(0)), List.of(ids.get(1)), List.of(ids.get(0))),
            2,
            "3 executions, 2 distinct ids; the third is a cache hit",
            s -> List.of(ids.get(0), ids.get(1), ids.get(0)).forEach(id -> s.object("files", id))));
  }

  /** The first file in corpus order that contacts at least {@code n} domains. */
  private static String firstFileContacting(CorpusFacts c, int n) {
    for (int i = 0; ; i++) {
      final String id = c.id("file", i);
      if (c.related("file", id, "contacted_domains") >= n) {
        return id;
      }
    }
  }
}
