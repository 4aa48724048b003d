package io.vtsql.simulator.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.simulator.corpus.gen.CorpusGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The threat-landscape part of the generated corpus: determinism and two-way consistency. */
class ThreatCorpusTest {

  private static final Corpus CORPUS = CorpusGenerator.generate(42, 2000);
  private static final List<String> TYPES =
      List.of(
          "analysis", "collection", "threat_actor", "attack_tactic", "attack_technique", "comment");

  @Test
  void sameSeedSameThreatObjectsOtherSeedOtherIds() {
    Corpus again = CorpusGenerator.generate(42, 2000);
    for (String type : TYPES) {
      assertEquals(CORPUS.ids(type), again.ids(type), type);
      for (String id : CORPUS.ids(type).subList(0, Math.min(5, CORPUS.ids(type).size()))) {
        assertEquals(CORPUS.find(type, id), again.find(type, id), id);
      }
    }
    for (String collection : CORPUS.ids("collection")) {
      for (String rel :
          List.of(
              "files",
              "urls",
              "domains",
              "ip_addresses",
              "comments",
              "attack_techniques",
              "threat_actors")) {
        assertEquals(
            CORPUS.relatedRefs("collection", collection, rel),
            again.relatedRefs("collection", collection, rel),
            rel);
      }
    }
    Corpus other = CorpusGenerator.generate(7, 2000);
    assertNotEquals(CORPUS.ids("collection"), other.ids("collection"));
    assertEquals(
        CORPUS.ids("attack_technique"),
        other.ids("attack_technique"),
        "ATT&CK ids are real ids, not generated");
  }

  @Test
  void everyCollectionMemberListsTheCollectionBack() {
    for (String collection : CORPUS.ids("collection")) {
      var attributes = CORPUS.find("collection", collection).orElseThrow().get("attributes");
      int members = 0;
      for (String rel : List.of("files", "urls", "domains", "ip_addresses")) {
        List<Ref> refs = CORPUS.relatedRefs("collection", collection, rel);
        assertEquals(attributes.get(rel + "_count").asInt(), refs.size(), rel);
        for (Ref ref : refs) {
          assertTrue(CORPUS.find(ref.type(), ref.id()).isPresent(), ref.toString());
          assertTrue(
              CORPUS.relatedRefs(ref.type(), ref.id(), "collections").stream()
                  .anyMatch(r -> r.id().equals(collection)),
              ref + " lists " + collection);
        }
        members += refs.size();
      }
      assertTrue(members > 0, collection + " contains corpus objects");
    }
    for (String type : List.of("file", "url", "domain", "ip_address")) {
      for (String id : CORPUS.ids(type).subList(0, 100)) {
        for (Ref c : CORPUS.relatedRefs(type, id, "collections")) {
          String rel = type.equals("ip_address") ? "ip_addresses" : type + "s";
          assertTrue(
              CORPUS.relatedRefs("collection", c.id(), rel).stream()
                  .anyMatch(r -> r.id().equals(id)),
              id);
        }
      }
    }
  }

  @Test
  void techniqueTreeIsConsistent() {
    for (String technique : CORPUS.ids("attack_technique")) {
      List<Ref> parent = CORPUS.relatedRefs("attack_technique", technique, "parent_technique");
      assertEquals(technique.contains(".") ? 1 : 0, parent.size(), technique);
      parent.forEach(
          p ->
              assertTrue(
                  CORPUS
                      .relatedRefs("attack_technique", p.id(), "subtechniques")
                      .contains(Ref.of("attack_technique", technique))));
      List<Ref> tactics = CORPUS.relatedRefs("attack_technique", technique, "attack_tactics");
      assertTrue(tactics.size() > 0, technique);
      tactics.forEach(
          t ->
              assertTrue(
                  CORPUS
                      .relatedRefs("attack_tactic", t.id(), "attack_techniques")
                      .contains(Ref.of("attack_technique", technique))));
    }
    for (String file : CORPUS.ids("file")) {
      CORPUS
          .relatedRefs("file", file, "related_attack_techniques")
          .forEach(t -> assertTrue(CORPUS.find("attack_technique", t.id()).isPresent(), t.id()));
    }
  }

  @Test
  void docsListTheSampleIdsOfSeed42() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "simulator.md"));
    for (String row : ThreatSampleIds.lines(CORPUS)) {
      assertTrue(
          docs.contains(row + "\n"),
          "docs/simulator.md lists " + row + " (run ThreatSampleIds.main to refresh)");
    }
  }
}
