package io.vtsql.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A request is counted before its response is written, so counters read as soon as a client has the
 * whole body (as OkHttp returns, by Content-Length, before the server closes the exchange) are
 * exact; and answers on a kept-alive connection are not held back by Nagle's algorithm.
 */
class RequestLogOrderTest {
  @Test
  void requestIsCountedBeforeTheClientHasTheResponse() throws Exception {
    try (VtSimulator sim = VtSimulator.start(SimulatorConfig.builder().scale(20).build());
        Socket socket = new Socket("127.0.0.1", sim.port())) {
      final String id = sim.corpus().all("file").iterator().next().get("id").asText();
      final byte[] request =
          ("GET /api/v3/files/"
                  + id
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + "x-apikey: "
                  + sim.premiumKey()
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII);
      final OutputStream out = socket.getOutputStream();
      final InputStream in = socket.getInputStream();
      final long start = System.nanoTime();
      for (int i = 1; i <= 80; i++) {
        out.write(request);
        out.flush();
        assertTrue(readResponse(in).startsWith("HTTP/1.1 200"));
        assertEquals(i, sim.requests().total(), "request " + i + " counted before its answer");
      }
      // with Nagle's algorithm on, each answer waited ~40 ms for a delayed ACK (3.2 s in all)
      final long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 2000, "80 kept-alive requests took " + millis + " ms");
    }
  }

  /** Reads one response: its header block, then exactly Content-Length bytes of body. */
  private static String readResponse(InputStream in) throws IOException {
    final ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      final int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed");
      }
      head.write(b);
    }
    final String headers = head.toString(StandardCharsets.US_ASCII);
    int length = 0;
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).strip());
      }
    }
    assertEquals(length, in.readNBytes(length).length);
    return headers;
  }
}
