package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import java.util.function.Predicate;

/**
 * The domain {@code resolves_to:} / {@code ip:} modifier: some {@code resolution} in the domain's
 * {@code resolutions} relationship has an {@code ip_address} equal to the value (an address) or
 * inside it (a CIDR block), as {@link IpMatch} defines.
 */
final class ResolutionModifier implements Modifier {

  @Override
  public Predicate<ObjectNode> compile(String name, String value, SearchContext context) {
    Predicate<String> match = IpMatch.parse(name, value);
    Corpus corpus = context.corpus();
    return domain -> {
      for (ObjectNode descriptor :
          corpus.related("domain", domain.path("id").asText(), "resolutions")) {
        JsonNode ip =
            corpus
                .find("resolution", descriptor.path("id").asText())
                .map(resolution -> resolution.path("attributes").path("ip_address"))
                .orElse(null);
        if (ip != null && ip.isTextual() && match.test(ip.asText())) {
          return true;
        }
      }
      return false;
    };
  }
}
