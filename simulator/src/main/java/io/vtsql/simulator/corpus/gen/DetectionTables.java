package io.vtsql.simulator.corpus.gen;

import io.vtsql.simulator.corpus.ObjectTable;
import io.vtsql.simulator.corpus.RelationStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Registers the generated corpus's sandbox reports ({@code file_behaviour}) and crowdsourced rules
 * ({@code yara_ruleset}, {@code yara_rule}, {@code sigma_rule}) as object tables.
 */
final class DetectionTables {

  private DetectionTables() {}

  static void register(
      Map<String, ObjectTable> tables,
      long seed,
      RelationStore relations,
      CrowdsourcedRules rules,
      BehaviourWiring behaviours,
      Map<String, Seeds.FileSeed> fileById,
      List<Seeds.DomainSeed> domains) {
    Map<String, Seeds.DomainSeed> domainByName = new HashMap<>();
    domains.forEach(d -> domainByName.put(d.name(), d));
    ObjectTable files = tables.get("file");
    BehaviourFactory factory =
        new BehaviourFactory(seed, relations, rules, files::materialize, fileById, domainByName);
    tables.put(
        "file_behaviour",
        CorpusGenerator.table(
            behaviours.behaviours(), BehaviourWiring.BehaviourSeed::id, factory::build));
    tables.put(
        "yara_ruleset",
        CorpusGenerator.table(
            rules.rulesets(), CrowdsourcedRules.YaraRuleset::id, CrowdsourcedRules::ruleset));
    tables.put(
        "yara_rule",
        CorpusGenerator.table(
            rules.yaraRules(), CrowdsourcedRules.YaraRule::id, CrowdsourcedRules::yaraRule));
    tables.put(
        "sigma_rule",
        CorpusGenerator.table(
            rules.sigmaRules(), CrowdsourcedRules.SigmaRule::id, CrowdsourcedRules::sigmaRule));
  }
}
