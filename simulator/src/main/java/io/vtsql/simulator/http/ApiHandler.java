package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.vtsql.simulator.Account;
import io.vtsql.simulator.AnalysisPace;
import io.vtsql.simulator.DemoKeys;
import io.vtsql.simulator.Quota;
import io.vtsql.simulator.RequestLog;
import io.vtsql.simulator.RequestRecord;
import io.vtsql.simulator.Tier;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.ObjectTypes;
import io.vtsql.simulator.faults.FaultInjector;
import io.vtsql.simulator.faults.FaultKind;
import io.vtsql.simulator.search.IntelligenceSearch;
import io.vtsql.simulator.search.SearchSemantics;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Serves {@code /api/v3}: injects faults, authenticates the {@code x-apikey} header, enforces tiers
 * and quotas, routes to the endpoints (writes and what an account wrote to {@link WriteEndpoints},
 * reads of the corpus to the others) and records every request in the {@link RequestLog}.
 */
public final class ApiHandler implements HttpHandler {

  /** Content type of every JSON response. */
  public static final String JSON_TYPE = "application/json; charset=utf-8";

  /** Path prefix of the API. */
  public static final String PREFIX = "/api/v3";

  /** Collections whose relationships are served here (the threat types' are in ThreatEndpoints). */
  private static final Set<String> CORE =
      Set.of("files", "urls", "domains", "ip_addresses", "analyses");

  /** Path segments that hold collections rather than being one ({@code /monitor/items}). */
  private static final Set<String> NAMESPACES =
      Set.of("alerts", "intelligence", "monitor", "private", "widget");

  private final Corpus corpus;
  private final Map<String, Account> accounts;
  private final Function<Tier, Quota> quotas;
  private final RequestLog log;
  private final FaultInjector faults;
  private final ObjectEndpoints objects;
  private final SearchEndpoint search;
  private final ThreatEndpoints threat;
  private final BehaviourEndpoints behaviours;
  private final YaraRulesEndpoint yaraRules;
  private final List<ProductEndpoints> products;
  private final WriteEndpoints writes;
  private final QuotaTracker quotaTracker = new QuotaTracker();
  private volatile String base = "";

  /**
   * @param accounts accepted keys and whom they belong to
   * @param quotas the quota of each tier
   * @param semantics how searches read ambiguous terms
   */
  public ApiHandler(
      Corpus corpus,
      Map<String, Account> accounts,
      Function<Tier, Quota> quotas,
      RequestLog log,
      FaultInjector faults,
      SearchSemantics semantics,
      AnalysisPace pace) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.accounts = Map.copyOf(accounts);
    this.quotas = Objects.requireNonNull(quotas, "quotas");
    this.log = Objects.requireNonNull(log, "log");
    this.faults = Objects.requireNonNull(faults, "faults");
    this.objects = new ObjectEndpoints(corpus);
    IntelligenceSearch intelligence = new IntelligenceSearch(corpus, semantics);
    this.search = new SearchEndpoint(intelligence);
    this.threat = new ThreatEndpoints(corpus, objects, intelligence);
    this.behaviours = new BehaviourEndpoints(corpus);
    this.yaraRules = new YaraRulesEndpoint(corpus, semantics.bounds());
    this.products = ProductEndpoints.all(corpus, semantics, this.accounts, quotas, log);
    this.writes = new WriteEndpoints(corpus, pace);
  }

  /** Sets the base URL ({@code http://127.0.0.1:<port>/api/v3}) used in links, once bound. */
  public void baseUrl(String value) {
    this.base = Objects.requireNonNull(value, "base");
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    Instant now = Instant.now();
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
    String rawQuery = exchange.getRequestURI().getRawQuery();
    String[] segments =
        Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    String key = exchange.getRequestHeaders().getFirst("x-apikey");
    Account account = key == null ? null : accounts.get(key);
    String keyLabel =
        key == null ? "none" : account == null ? DemoKeys.label(key) : account.label();
    String endpoint = method + " " + endpointLabel(segments);
    // Each request is logged before its response is written: a client that has read a
    // response must find the request already counted.
    Consumer<Integer> record =
        status ->
            log.add(new RequestRecord(now, method, path, rawQuery, keyLabel, status, endpoint));
    FaultInjector.Decision decision = faults.next();
    Optional<FaultKind> fault = decision.fault();
    try {
      FaultResponder.sleep(decision.latencyMs());
      if (fault.isPresent() && FaultResponder.replacesResponse(fault.get())) {
        record.accept(fault.get().status());
        FaultResponder.respond(exchange, fault.get(), faults.settings());
      } else {
        byte[] body;
        int status;
        try {
          byte[] sent =
              method.equals("GET") ? new byte[0] : exchange.getRequestBody().readAllBytes();
          ObjectNode answer =
              process(
                  method,
                  segments,
                  rawQuery,
                  key,
                  account,
                  now,
                  sent,
                  exchange.getRequestHeaders().getFirst("Content-Type"));
          // a DELETE answers with no body
          body = answer == null ? new byte[0] : Json.bytes(answer);
          status = 200;
        } catch (ApiException e) {
          body = Json.bytes(Json.error(e.code(), e.getMessage()));
          status = e.status();
        }
        record.accept(status);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        if (fault.isPresent()) {
          FaultResponder.mangle(exchange, fault.get(), status, body, faults.settings());
        } else {
          FaultResponder.send(exchange, status, JSON_TYPE, body);
        }
      }
    } catch (AbortedConnection e) {
      throw e;
    } catch (RuntimeException e) {
      record.accept(500);
      FaultResponder.send(
          exchange,
          500,
          JSON_TYPE,
          Json.bytes(Json.error("InternalError", "Internal server error")));
    }
    exchange.close();
  }

  private ObjectNode process(
      String method,
      String[] segments,
      String rawQuery,
      String key,
      Account account,
      Instant now,
      byte[] body,
      String contentType) {
    if (key == null) {
      throw new ApiException(401, "AuthenticationRequiredError", "X-Apikey header is missing");
    }
    if (account == null) {
      throw new ApiException(401, "WrongCredentialsError", "Wrong API key");
    }
    Tier tier = account.tier();
    quotaTracker.acquire(key, quotas.apply(tier), now);
    ApiRequest request =
        new ApiRequest(String.join("/", segments), ApiRequest.parseQuery(rawQuery), account, base);
    if (!method.equals("GET")) {
      return writes.write(method, request, segments, body, contentType);
    }
    Optional<ObjectNode> own = writes.read(request, segments);
    if (own.isPresent()) {
      return own.get();
    }
    if (segments.length == 1 && segments[0].equals("metadata")) {
      return MetadataEndpoint.metadata(corpus.catalogue());
    }
    for (ProductEndpoints product : products) {
      Optional<ObjectNode> response = product.serve(request, segments);
      if (response.isPresent()) {
        return response.get();
      }
    }
    Optional<ObjectNode> threatResponse = threat.serve(request, segments);
    if (threatResponse.isPresent()) {
      return threatResponse.get();
    }
    if (segments.length >= 1 && segments[0].equals("intelligence")) {
      if (tier == Tier.PUBLIC) {
        throw ApiException.forbidden("This endpoint requires a premium API key");
      }
      if (segments.length == 2 && segments[1].equals("search")) {
        return search.search(request);
      }
      throw ApiException.notFound("Resource \"/" + String.join("/", segments) + "\" not found");
    }
    if (segments.length == 1 && segments[0].equals("yara_rules")) {
      return yaraRules.list(request);
    }
    if (segments.length == 3
        && segments[0].equals("files")
        && BehaviourEndpoints.SUBRESOURCES.contains(segments[2])) {
      return behaviours.serve(request, segments[1], segments[2]);
    }
    Optional<String> type =
        segments.length >= 2 ? ObjectTypes.typeOf(segments[0]) : Optional.empty();
    if (type.isPresent() && corpus.types().contains(type.get())) {
      boolean core = CORE.contains(segments[0]);
      if (segments.length == 2) {
        return objects.object(request, type.get(), segments[1]);
      }
      if (core && segments.length == 3) {
        return objects.related(request, type.get(), segments[1], segments[2], false);
      }
      if (core && segments.length == 4 && segments[2].equals("relationships")) {
        return objects.related(request, type.get(), segments[1], segments[3], true);
      }
    }
    throw ApiException.notFound("Resource \"/" + String.join("/", segments) + "\" not found");
  }

  /** The endpoint label requests are counted under, e.g. {@code /files/{id}/{relationship}}. */
  static String endpointLabel(String[] s) {
    if (s.length == 0) {
      return "/";
    }
    if (s.length >= 2 && NAMESPACES.contains(s[0])) {
      // a collection below a namespace is labelled as one segment: /monitor/items/{id}
      String[] rest = Arrays.copyOfRange(s, 1, s.length);
      rest[0] = s[0] + "/" + s[1];
      return endpointLabel(rest);
    }
    if (s.length > 2 && s[0].equals("intelligence")) {
      // objects below a product collection, e.g. /intelligence/hunting_rulesets/{id}
      return "/intelligence" + endpointLabel(Arrays.copyOfRange(s, 1, s.length));
    }
    if (s.length == 2 && s[0].equals("files") && s[1].equals("upload_url")) {
      return "/files/upload_url";
    }
    if (s.length == 3 && s[0].equals("collections") && s[2].equals("search")) {
      return "/collections/{id}/search";
    }
    return switch (s.length) {
      case 1 -> "/" + s[0];
      case 2 -> "/" + s[0] + "/{id}";
      case 3 ->
          s[0].equals("files") && BehaviourEndpoints.SUBRESOURCES.contains(s[2])
              ? "/files/{id}/" + s[2]
              : "/" + s[0] + "/{id}/{relationship}";
      default ->
          s.length == 4 && s[2].equals("relationships")
              ? "/" + s[0] + "/{id}/relationships/{relationship}"
              : "/" + s[0] + "/...";
    };
  }
}
