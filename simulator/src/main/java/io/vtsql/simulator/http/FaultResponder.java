package io.vtsql.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import io.vtsql.simulator.faults.FaultKind;
import io.vtsql.simulator.faults.FaultSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the response of an injected fault onto an exchange. */
final class FaultResponder {

  private static final byte[] HTML =
      ("<!DOCTYPE html>\n<html><head><title>502 Server Error"
              + "</title></head><body><h1>Error: Server Error</h1><p>The server encountered a temporary "
              + "error and could not complete your request.</p></body></html>\n")
          .getBytes(StandardCharsets.UTF_8);

  private static final byte[] HTML_NOT_FOUND =
      ("<!DOCTYPE html>\n<html><head><title>404 Not Found"
              + "</title></head><body><h1>Not Found</h1><p>The requested URL was not found on this server."
              + "</p></body></html>\n")
          .getBytes(StandardCharsets.UTF_8);
  private static final byte[] ENDLESS_START = "{\"data\": [".getBytes(StandardCharsets.UTF_8);
  private static final byte[] ENDLESS_ITEM =
      ("{\"type\": \"file\", \"id\": \""
              + "0".repeat(64)
              + "\", \"attributes\": {\"names\": [\""
              + "x".repeat(900)
              + "\"]}},\n")
          .getBytes(StandardCharsets.UTF_8);

  private FaultResponder() {}

  /** Whether {@code kind} replaces the response before the request is processed. */
  static boolean replacesResponse(FaultKind kind) {
    return kind != FaultKind.TRUNCATED
        && kind != FaultKind.CUT_JSON
        && kind != FaultKind.SLOW_BODY
        && kind != FaultKind.IDLE_CLOSE;
  }

  /** Sends the stand-alone fault response and returns its status; a reset throws instead. */
  static int respond(HttpExchange exchange, FaultKind kind, FaultSettings settings)
      throws IOException {
    switch (kind) {
      case RESET -> throw new AbortedConnection("injected connection reset");
      case HTML_200, HTML_502 -> {
        send(exchange, kind.status(), "text/html; charset=utf-8", HTML);
        return kind.status();
      }
      case HTML_404 -> {
        send(exchange, 404, "text/html; charset=utf-8", HTML_NOT_FOUND);
        return 404;
      }
      case ENDLESS_BODY -> {
        exchange.getResponseHeaders().set("Content-Type", ApiHandler.JSON_TYPE);
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(ENDLESS_START);
        // until the client hangs up: then a write fails and the connection is dropped
        while (!Thread.currentThread().isInterrupted()) {
          out.write(ENDLESS_ITEM);
        }
        throw new AbortedConnection("endless body interrupted");
      }
      case NON_JSON -> {
        send(
            exchange,
            200,
            "text/plain; charset=utf-8",
            "Service temporarily unavailable\n".getBytes(StandardCharsets.UTF_8));
        return 200;
      }
      case EMPTY_200 -> {
        exchange.getResponseHeaders().set("Content-Type", ApiHandler.JSON_TYPE);
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
        return 200;
      }
      default -> {
        if (kind.status() == 429 && settings.retryAfterSeconds() != null) {
          exchange
              .getResponseHeaders()
              .set("Retry-After", Integer.toString(settings.retryAfterSeconds()));
        }
        send(
            exchange,
            kind.status(),
            ApiHandler.JSON_TYPE,
            Json.bytes(Json.error(kind.code(), kind.message())));
        return kind.status();
      }
    }
  }

  /**
   * Sends a normal body damaged by {@code kind} (truncated, cut, dripped, or followed by a
   * hang-up).
   */
  static void mangle(
      HttpExchange exchange, FaultKind kind, int status, byte[] body, FaultSettings settings)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", ApiHandler.JSON_TYPE);
    switch (kind) {
      case TRUNCATED -> {
        exchange.sendResponseHeaders(status, length(body));
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        throw new AbortedConnection("injected truncated body");
      }
      case CUT_JSON -> {
        byte[] cut = java.util.Arrays.copyOf(body, body.length / 2);
        exchange.sendResponseHeaders(status, length(cut));
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(cut);
        }
      }
      case SLOW_BODY -> {
        exchange.sendResponseHeaders(status, length(body));
        int chunk = Math.max(1, (body.length + 19) / 20);
        try (OutputStream out = exchange.getResponseBody()) {
          for (int off = 0; off < body.length; off += chunk) {
            out.write(body, off, Math.min(chunk, body.length - off));
            out.flush();
            sleep(settings.dripMs());
          }
        }
      }
      case IDLE_CLOSE -> {
        exchange.sendResponseHeaders(status, length(body));
        OutputStream out = exchange.getResponseBody();
        out.write(body);
        out.flush();
        // the whole response went out with keep-alive; dropping the connection now leaves the
        // client a pooled connection that is dead, as an idle timeout does
        throw new AbortedConnection("injected close of the kept-alive connection");
      }
      default -> throw new IllegalArgumentException(kind + " does not mangle a body");
    }
  }

  /**
   * The length to announce for a body: the JDK server reads 0 as "chunked", so an empty body (a
   * DELETE's answer) is announced as none.
   */
  private static long length(byte[] body) {
    return body.length == 0 ? -1 : body.length;
  }

  static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  static void sleep(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
