package io.vtsql.simulator.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every file modifier and bound on a hand-built corpus: query → exact set of matching ids. */
class FileModifiersTest {

  // 2024-01-10T00:00:00Z = 1704844800
  private static final String ENGINES_F1 =
      "{\"Kaspersky\": {\"category\": \"malicious\","
          + " \"result\": \"Trojan.Win32.Agent\"}, \"AhnLab-V3\": {\"category\": \"malicious\","
          + " \"result\": \"Malware/Win.Generic\"}, \"ClamAV\": {\"category\": \"undetected\","
          + " \"result\": null}}";
  private static final String ENGINES_F2 =
      "{\"Kaspersky\": {\"category\": \"undetected\","
          + " \"result\": null}, \"ClamAV\": {\"category\": \"malicious\","
          + " \"result\": \"Win.Trojan.Agent-1\"}}";

  private static final TestCorpus CORPUS =
      new TestCorpus()
          .add(
              "file",
              "f1",
              "{\"type_tag\": \"peexe\", \"type_tags\": [\"executable\", \"windows\","
                  + " \"win32\", \"pe\", \"peexe\"], \"size\": 1024,"
                  + " \"last_analysis_stats\": {\"malicious\": 5}, \"first_submission_date\": 1704844800,"
                  + " \"last_submission_date\": 1709294400, \"last_analysis_date\": 1709294400,"
                  + " \"tags\": [\"peexe\", \"signed\"], \"names\": [\"Invoice.EXE\", \"setup.exe\"],"
                  + " \"meaningful_name\": \"Invoice.EXE\", \"times_submitted\": 3, \"unique_sources\": 2,"
                  + " \"md5\": \"0123456789abcdef0123456789abcdef\","
                  + " \"sha1\": \"0123456789abcdef0123456789abcdef01234567\","
                  + " \"sha256\": \"aa00000000000000000000000000000000000000000000000000000000000001\","
                  + " \"pe_info\": {\"imphash\": \"f34d5f2d4577ed6d9ceec516c1f5a744\"},"
                  + " \"ssdeep\": \"24:AbC:dEf\", \"tlsh\": \"T1ABCDEF\", \"vhash\": \"0150ab\","
                  + " \"authentihash\": \"bb11\", \"last_analysis_results\": "
                  + ENGINES_F1
                  + "}")
          .add(
              "file",
              "f2",
              "{\"type_tag\": \"pedll\", \"size\": 1025,"
                  + " \"last_analysis_stats\": {\"malicious\": 4}, \"first_submission_date\": 1704931200,"
                  + " \"last_analysis_date\": 1704931200,"
                  + " \"tags\": [\"pedll\"], \"names\": [\"lib.dll\"], \"times_submitted\": 10,"
                  + " \"unique_sources\": 1, \"last_analysis_results\": "
                  + ENGINES_F2
                  + "}")
          .add(
              "file",
              "f3",
              "{\"type_tag\": \"pdf\", \"type_tags\": [\"document\", \"pdf\"],"
                  + " \"size\": 2048, \"last_analysis_stats\": {\"malicious\": 0},"
                  + " \"first_submission_date\": 1704844799, \"tags\": [], \"names\": [\"report.pdf\"],"
                  + " \"meaningful_name\": \"quarterly report.pdf\", \"times_submitted\": 1}")
          .add("file", "f4", "{\"type_tag\": \"elf\", \"names\": []}");
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
        // positives: last_analysis_stats.malicious; N- is "less than N", N+ (strict) "more
        // than N"; absent never matches
        "p:5|f1",
        "p:5+|",
        "p:4+|f1",
        "p:4-|f3",
        "p:0|f3",
        "positives:4|f2",
        "p:6+|",
        "p:0+|f1 f2",
        // size in bytes, 1KB = 1024
        "size:1KB|f1",
        "size:1kb-|",
        "size:1Kb+|f2 f3",
        "size:1025-|f1",
        "size:2kb|f3",
        "size:2048b|f3",
        "size:1mb+|",
        "size:1MB-|f1 f2 f3",
        "size:1gb-|f1 f2 f3",
        // dates: a day is the whole UTC day; a datetime is one second; both bounds strict
        "fs:2024-01-10|f1",
        "fs:2024-01-10+|f2",
        "fs:2024-01-10-|f3",
        "fs:2024-01-10T00:00:00|f1",
        "fs:2024-01-10T00:00:00-|f3",
        "fs:2024-01-09T23:59:59+|f1 f2",
        "fs:2024-01-09T23:59:59|f3",
        // relative days before the fixed clock 2024-01-12T00:00:00Z: 2d = 2024-01-10T00:00:00
        "fs:2d+|f2",
        "fs:2d-|f3",
        "fs:2d|f1",
        "fs:100d+|f1 f2 f3",
        "ls:2024-03-01|f1",
        "ls:2024-03-01T12:00:00|f1",
        "la:2024-01-11|f2",
        "la:2024-01-11+|f1",
        // type: type_tag, type_tags, groups
        "type:peexe|f1",
        "type:PEDLL|f2",
        "type:pe|f1 f2",
        "type:executable|f1 f2 f4",
        "type:document|f3",
        "type:windows|f1",
        "type:pdf|f3",
        "type:zip|",
        // tags: exact element, case-insensitive
        "tag:signed|f1",
        "tag:SIGNED|f1",
        "tag:sign|",
        "tag:pedll|f2",
        // name: the words of names or meaningful_name, case-insensitive; no substrings
        "name:invoice|f1",
        "name:.EXE|f1",
        "name:quarterly|f3",
        "name:\"report\"|f3",
        "name:lib|f2",
        "name:voice|",
        "name:\"quarterly report\"|f3",
        "name:\"report quarterly\"|",
        "name:inv*|f1",
        "submissions:3+|f2",
        "submissions:3|f1",
        "submissions:1-|",
        "sources:2|f1",
        "sources:2-|f2",
        // digests: equality; hex ones ignore case
        "md5:0123456789ABCDEF0123456789ABCDEF|f1",
        "sha1:0123456789abcdef0123456789abcdef01234567|f1",
        "sha256:AA00000000000000000000000000000000000000000000000000000000000001|f1",
        "sha256:aa0000000000000000000000000000000000000000000000000000000000000|",
        "imphash:F34D5F2D4577ED6D9CEEC516C1F5A744|f1",
        "vhash:0150AB|f1",
        "vhash:0150a|",
        "authentihash:BB11|f1",
        // fuzzy hashes: similar ones (same ssdeep block size, same leading TLSH digits)
        "ssdeep:\"24:AbC:dEf\"|f1",
        "ssdeep:\"24:XyZ:uvw\"|f1",
        "ssdeep:\"48:AbC:dEf\"|",
        "tlsh:t1abcdef|f1",
        // detections: any engine, or one engine by normalised name
        "engines:trojan|f1 f2",
        "engines:GENERIC|f1",
        "engines:nothing|",
        "kaspersky:trojan|f1",
        "ahnlab_v3:malware|f1",
        "clamav:trojan|f2",
        "kaspersky:win.trojan|",
        // boolean structure
        "p:5 OR p:4|f1 f2",
        "NOT p:5|f2 f3 f4",
        "(type:pe OR type:pdf) NOT tag:signed|f2 f3",
        "type:pe p:5-|f2",
        "NOT (p:4+ OR type:pdf)|f2 f4",
        "entity:file name:lib|f2",
      })
  void modifierSemantics(String query, String expected) {
    TreeSet<String> want =
        new TreeSet<>(expected == null ? java.util.List.of() : Arrays.asList(expected.split(" ")));
    assertEquals(want, Hits.idSet(SEARCH.search(query, null)), query);
  }

  /** The lenient readings: N+ inclusive, text as substrings, fuzzy hashes identical. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "p:5+|f1",
        "p:4+|f1 f2",
        "p:0+|f1 f2 f3",
        "p:4-|f3",
        "size:1Kb+|f1 f2 f3",
        "fs:2024-01-10+|f1 f2",
        "fs:2024-01-09T23:59:59+|f1 f2 f3",
        "fs:2d+|f1 f2",
        "la:2024-01-11+|f1 f2",
        "submissions:3+|f1 f2",
        "NOT (p:4+ OR type:pdf)|f4",
        "name:voice|f1",
        "name:.EXE|f1",
        "name:\"report quarterly\"|",
        "ssdeep:\"24:AbC:dEf\"|f1",
        "ssdeep:\"24:XyZ:uvw\"|",
        "ssdeep:24:abc:def|",
        "tlsh:T1ABCDEF|f1",
      })
  void lenientSemantics(String query, String expected) {
    TreeSet<String> want =
        new TreeSet<>(expected == null ? java.util.List.of() : Arrays.asList(expected.split(" ")));
    assertEquals(want, Hits.idSet(LENIENT.search(query, null)), query);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "foobar:x|Unknown modifier 'foobar'",
        "tld:com|Unknown modifier 'tld'",
        "-p:5|Unknown modifier '-p'",
        "p:five|Invalid value 'five'",
        "p:5.5|Invalid value '5.5'",
        "p:+5|Invalid value '+5'",
        "size:1tb|Invalid value '1tb'",
        "size:9999999999gb|the size is too large",
        "size:-1|Invalid value '-1'",
        "fs:2024-13-01|Invalid date '2024-13-01'",
        "fs:2024-02-30|Invalid date '2024-02-30'",
        "fs:yesterday|Invalid date 'yesterday'",
        "fs:2024-01-10T25:00:00|Invalid date",
        "fs:7w+|Invalid date '7w+'",
      })
  void invalidTermsAreBadRequests(String query, String message) {
    SearchException e = assertThrows(SearchException.class, () -> SEARCH.search(query, null));
    assertEquals("BadRequestError", e.code());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
