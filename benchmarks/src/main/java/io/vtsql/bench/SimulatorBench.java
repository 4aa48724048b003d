package io.vtsql.bench;

import static java.util.Objects.requireNonNull;

import io.vtsql.simulator.VtSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The simulator's own speed with a plain HTTP client: object GETs per second at 1 and 4 concurrent
 * callers and full search pages (300 objects) per second. If these are far above what vtsql
 * reaches, the simulator is not the bottleneck of the other measurements.
 */
final class SimulatorBench {
  private final VtSimulator sim;

  SimulatorBench(VtSimulator sim) {
    this.sim = requireNonNull(sim, "sim");
  }

  /** One throughput figure. */
  record Throughput(String what, int concurrency, long requests, long bytes, double seconds) {
    double perSecond() {
      return requests / seconds;
    }

    double megabytesPerSecond() {
      return bytes / 1e6 / seconds;
    }
  }

  /** GETs of distinct file objects spread over the corpus. */
  Throughput objectGets(int requests, int concurrency) throws Exception {
    final List<String> ids = sim.corpus().ids("file");
    final int stride = Math.max(1, ids.size() / requests);
    return run(
        "GET /files/{id}",
        requests,
        concurrency,
        i -> "/files/" + ids.get((i * stride) % ids.size()));
  }

  /** Pages of a search, each 300 full objects, walking the result with offsets. */
  Throughput searchPages(int pages, int concurrency) throws Exception {
    return run(
        "GET /intelligence/search (300 objects)",
        pages,
        concurrency,
        i -> "/intelligence/search?query=entity%3Afile%20size%3A1%2B&limit=300");
  }

  private Throughput run(String what, int requests, int concurrency, IntFunction<String> path)
      throws Exception {
    final AtomicLong bytes = new AtomicLong();
    final AtomicLong next = new AtomicLong();
    try (RawHttp http = new RawHttp(sim.baseUrl(), sim.premiumKey())) {
      http.client().dispatcher().setMaxRequestsPerHost(concurrency);
      for (int i = 0; i < Math.min(50, requests); i++) {
        http.get(path.apply(i));
      }
      final ExecutorService pool = Executors.newFixedThreadPool(concurrency);
      try {
        final long start = System.nanoTime();
        final List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
          workers.add(
              pool.submit(
                  () -> {
                    for (long i = next.getAndIncrement();
                        i < requests;
                        i = next.getAndIncrement()) {
                      bytes.addAndGet(http.get(path.apply((int) i)).length);
                    }
                    return null;
                  }));
        }
        for (Future<?> f : workers) {
          f.get();
        }
        return new Throughput(
            what, concurrency, requests, bytes.get(), (System.nanoTime() - start) / 1e9);
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
