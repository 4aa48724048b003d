package io.vtsql.simulator.corpus;

import io.vtsql.simulator.corpus.gen.CorpusGenerator;
import java.util.List;

/** Prints a sample id of each threat-landscape and community type of the seed-42 corpus. */
final class ThreatSampleIds {

  private ThreatSampleIds() {}

  /** The rows {@code | type | `first id` | count |} of the table in docs/simulator.md. */
  static List<String> lines(Corpus corpus) {
    return List.of(
            "comment",
            "vote",
            "submission",
            "resolution",
            "analysis",
            "collection",
            "threat_actor",
            "attack_tactic",
            "attack_technique")
        .stream()
        .map(t -> "| " + t + " | `" + corpus.ids(t).get(0) + "` | " + corpus.ids(t).size() + " |")
        .toList();
  }

  public static void main(String[] args) {
    lines(CorpusGenerator.generate(CorpusGenerator.DEFAULT_SEED, CorpusGenerator.DEFAULT_FILES))
        .forEach(System.out::println);
  }
}
