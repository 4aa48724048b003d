package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.vtsql.simulator.RequestLog;
import io.vtsql.simulator.faults.FaultInjector;
import io.vtsql.simulator.faults.FaultKind;
import io.vtsql.simulator.faults.FaultSettings;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * The control plane outside {@code /api/v3}: {@code GET /_sim/stats}, {@code POST
 * /_sim/stats/reset} and {@code GET|POST|DELETE /_sim/faults}. Needs no API key.
 *
 * <p>Fault JSON: {@code {"latency_ms": 100, "jitter_ms": 20, "retry_after": 2, "drip_ms": 50,
 * "seed": 7, "rates": {"transient": 0.1, "reset": 0.05, ...}}} with the rate names of {@link
 * FaultKind#jsonName()}.
 */
public final class ControlHandler implements HttpHandler {

  private final RequestLog log;
  private final FaultInjector faults;

  public ControlHandler(RequestLog log, FaultInjector faults) {
    this.log = Objects.requireNonNull(log, "log");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    try {
      ObjectNode body;
      if (path.equals("/_sim/stats") && method.equals("GET")) {
        body = stats();
      } else if (path.equals("/_sim/stats/reset") && method.equals("POST")) {
        log.reset();
        body = stats();
      } else if (path.equals("/_sim/faults")) {
        body = faults(method, exchange);
      } else {
        throw ApiException.notFound("Resource \"" + path + "\" not found");
      }
      FaultResponder.send(exchange, 200, ApiHandler.JSON_TYPE, Json.bytes(body));
    } catch (ApiException e) {
      FaultResponder.send(
          exchange,
          e.status(),
          ApiHandler.JSON_TYPE,
          Json.bytes(Json.error(e.code(), e.getMessage())));
    } finally {
      exchange.close();
    }
  }

  private ObjectNode stats() {
    ObjectNode body = Json.object();
    body.put("total", log.total());
    ObjectNode endpoints = body.putObject("by_endpoint");
    log.byEndpoint().forEach(endpoints::put);
    ObjectNode keys = body.putObject("by_key");
    log.byKey().forEach(keys::put);
    ArrayNode records = body.putArray("records");
    log.records()
        .forEach(
            r -> {
              ObjectNode node = records.addObject();
              node.put("time", r.time().toString());
              node.put("method", r.method());
              node.put("path", r.path());
              node.put("query", r.query());
              node.put("endpoint", r.endpoint());
              node.put("key", r.keyLabel());
              node.put("status", r.status());
            });
    return body;
  }

  private ObjectNode faults(String method, HttpExchange exchange) throws IOException {
    switch (method) {
      case "DELETE" -> faults.clear();
      case "POST" -> {
        JsonNode json;
        try {
          json = Json.MAPPER.readTree(exchange.getRequestBody());
          faults.configure(parse(json == null ? Json.object() : json));
        } catch (IOException | IllegalArgumentException e) {
          throw ApiException.badRequest("Invalid fault settings: " + e.getMessage());
        }
      }
      case "GET" -> {
        // Just report the current settings below.
      }
      default -> throw ApiException.badRequest("Unsupported method " + method);
    }
    return render(faults.settings());
  }

  static FaultSettings parse(JsonNode json) {
    Map<FaultKind, Double> rates = new EnumMap<>(FaultKind.class);
    Iterator<Map.Entry<String, JsonNode>> it = json.path("rates").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      rates.put(FaultKind.fromJson(e.getKey()), e.getValue().asDouble());
    }
    JsonNode retryAfter = json.get("retry_after");
    return new FaultSettings(
        json.path("latency_ms").asLong(0),
        json.path("jitter_ms").asLong(0),
        rates,
        retryAfter == null || retryAfter.isNull() ? null : retryAfter.asInt(),
        json.path("drip_ms").asLong(50),
        json.path("seed").asLong(1));
  }

  static ObjectNode render(FaultSettings s) {
    ObjectNode body = Json.object();
    body.put("latency_ms", s.latencyMs());
    body.put("jitter_ms", s.jitterMs());
    if (s.retryAfterSeconds() != null) {
      body.put("retry_after", s.retryAfterSeconds());
    }
    body.put("drip_ms", s.dripMs());
    body.put("seed", s.seed());
    ObjectNode rates = body.putObject("rates");
    for (FaultKind kind : FaultKind.values()) {
      double rate = s.rates().getOrDefault(kind, 0.0);
      if (rate > 0) {
        rates.put(kind.jsonName(), rate);
      }
    }
    return body;
  }
}
