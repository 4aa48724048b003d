package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.Account;
import io.vtsql.simulator.Quota;
import io.vtsql.simulator.RequestLog;
import io.vtsql.simulator.Tier;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.search.SearchSemantics;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The endpoints of one VirusTotal product (Livehunt, Retrohunt, graphs, accounts, Private Scanning,
 * Monitor, VT Alerts, ...): each answers the paths it owns and leaves the rest to the next.
 */
interface ProductEndpoints {

  /**
   * The response to an authenticated GET, or empty when the path is not this product's.
   *
   * @param segments the path below {@code /api/v3}, split on {@code /}
   */
  Optional<ObjectNode> serve(ApiRequest request, String[] segments);

  /**
   * Every product's endpoints over one corpus, asked in this order.
   *
   * @param semantics how list filters read what the docs leave ambiguous
   * @param accounts accepted keys and whom they belong to
   * @param quotas the quota of each tier
   * @param log every request so far (account quotas and usage are counted from it)
   */
  static List<ProductEndpoints> all(
      Corpus corpus,
      SearchSemantics semantics,
      Map<String, Account> accounts,
      Function<Tier, Quota> quotas,
      RequestLog log) {
    return List.of(
        new LivehuntEndpoints(corpus, Clock.systemUTC()),
        new RetrohuntEndpoints(corpus, Clock.systemUTC()),
        new MonitorEndpoints(corpus),
        new AlertEndpoints(corpus),
        new GraphEndpoints(corpus, semantics),
        new PrivateScanningEndpoints(corpus),
        new BasicSearchEndpoint(corpus),
        new WidgetEndpoint(corpus),
        new AccountEndpoints(corpus, accounts, quotas, log));
  }
}
