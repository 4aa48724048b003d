package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the simulator reads an observable the way VirusTotal's basic search describes it (protocol.md
 * §5 Search): a hash names a file, a URL a url, a domain a domain, an IP address an ip_address;
 * anything else is no observable (the search then looks for comments by tag).
 */
final class Observables {
  private static final Pattern HASH =
      Pattern.compile("[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}");
  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");
  private static final Pattern HOST =
      Pattern.compile("(?i)([a-z0-9_]([a-z0-9_-]*[a-z0-9_])?\\.)+[a-z][a-z0-9-]+\\.?");
  private static final Pattern URL = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://\\S+|[^/\\s]+/\\S*");

  private Observables() {}

  /** The object type an observable names, or empty for anything else. */
  static Optional<String> type(String query) {
    if (HASH.matcher(query).matches()) {
      return Optional.of("file");
    }
    if (IPV4.matcher(query).matches() || IPV6.matcher(query).matches()) {
      return Optional.of("ip_address");
    }
    if (URL.matcher(query).matches() && (query.contains("://") || isHost(query.split("/")[0]))) {
      return Optional.of("url");
    }
    if (HOST.matcher(query).matches()) {
      return Optional.of("domain");
    }
    return Optional.empty();
  }

  /** The corpus object an observable names, if the corpus has it. */
  static Optional<ObjectNode> find(Corpus corpus, String query) {
    Optional<String> type = type(query);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    if (type.get().equals("url")) {
      Optional<ObjectNode> exact = corpus.find("url", base64Url(query));
      return exact.isPresent() || query.substring(query.indexOf("//") + 2).contains("/")
          ? exact
          : corpus.find("url", base64Url(query + "/"));
    }
    return corpus.find(
        type.get(), type.get().equals("ip_address") ? query : query.toLowerCase(Locale.ROOT));
  }

  private static boolean isHost(String host) {
    return HOST.matcher(host).matches() || IPV4.matcher(host).matches();
  }

  private static String base64Url(String url) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(url.getBytes(StandardCharsets.UTF_8));
  }
}
