package io.vtsql.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SimulatorMainTest {

  @Test
  void printsBaseUrlAndLabelledKeysThenServes() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    CountDownLatch stop = new CountDownLatch(1);
    String extra = "ab".repeat(32);
    Thread server =
        new Thread(
            () ->
                new CommandLine(new SimulatorMain(out, stop))
                    .execute(
                        "--port",
                        "0",
                        "--seed",
                        "7",
                        "--scale",
                        "100",
                        "--key",
                        extra + ":public",
                        "--ties",
                        "by-id",
                        "--text",
                        "SUBSTRING"));
    server.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!text(bytes).contains("search semantics:") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    String[] lines = text(bytes).split("\n");
    try {
      String base = lines[0].substring(lines[0].indexOf("http://"));
      assertTrue(base.matches("http://127\\.0\\.0\\.1:\\d+/api/v3"), base);
      assertEquals("premium key: " + DemoKeys.premium(7), lines[1]);
      assertEquals("public key: " + DemoKeys.publicKey(7), lines[2]);
      assertEquals("basic key: " + DemoKeys.basic(7), lines[3]);
      assertEquals("public key label: key-abab", lines[4]);
      assertEquals(
          "search semantics: bounds=strict ties=by-id text=substring fuzzy=similar", lines[5]);
      assertTrue(!text(bytes).contains(extra), "configured keys are never printed");
      assertEquals(200, Http.get(base + "/metadata", extra).status());
      assertEquals(200, Http.get(base + "/metadata", DemoKeys.premium(7)).status());
    } finally {
      stop.countDown();
      server.join(5000);
    }
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
