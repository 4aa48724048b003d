package io.vtsql.adapter.exec;

import com.fasterxml.jackson.databind.JsonNode;
import io.vtsql.adapter.VtBackend;
import io.vtsql.adapter.VtWriteException;
import io.vtsql.adapter.catalog.IdForms;
import io.vtsql.adapter.catalog.types.Analyses;
import io.vtsql.client.VtClient;
import io.vtsql.client.VtException;
import io.vtsql.client.VtNotFoundException;
import io.vtsql.client.VtObject;
import io.vtsql.client.VtPayload;
import io.vtsql.client.VtWrite;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.linq4j.tree.Types;

/**
 * Runs a scan function ({@code vt_scan_url}, {@code vt_rescan_url}, {@code vt_rescan_file}, {@code
 * vt_scan_file}): one submission (a file over 32 MB first asks for an upload URL), then, when asked
 * to wait, polls {@code GET /analyses/{id}} at a bounded pace until it is completed or the wait is
 * over. The row is the analysis as {@code vt.analyses} has it; a completed one is left in the
 * object cache, so joining {@code analysis_results} on its id sends nothing more.
 */
public final class Submissions {
  /** {@code POST /files} takes at most 32 MB; larger files go to an upload URL (up to 650 MB). */
  public static final long DIRECT_UPLOAD_BYTES = 32L << 20;

  /** The most polls one wait sends, however long the wait. */
  static final int MAX_POLLS = 30;

  /** The first pause between polls; it doubles up to {@link #MAX_PAUSE}. */
  static final Duration FIRST_PAUSE = Duration.ofMillis(100);

  static final Duration MAX_PAUSE = Duration.ofSeconds(20);

  /** What a scan function submits. */
  public enum Kind {
    /** {@code POST /urls} with {@code url=}. */
    SCAN_URL("vt_scan_url", "url"),
    /** {@code POST /urls/{id}/analyse}. */
    RESCAN_URL("vt_rescan_url", "url"),
    /** {@code POST /files/{hash}/analyse}. */
    RESCAN_FILE("vt_rescan_file", "hash"),
    /** {@code POST /files} (multipart) or its upload URL. */
    SCAN_FILE("vt_scan_file", "path");

    private final String function;
    private final String argument;

    Kind(String function, String argument) {
      this.function = function;
      this.argument = argument;
    }

    /** The SQL function's name. */
    public String function() {
      return function;
    }

    /** The name of its first argument. */
    public String argument() {
      return argument;
    }
  }

  /** {@link #run}, for code generation. */
  public static final Method RUN =
      Types.lookupMethod(
          Submissions.class, "run", DataContext.class, VtBackend.class, Request.class);

  /**
   * One call of a scan function.
   *
   * @param kind which function
   * @param argument the URL, hash or path
   * @param waitSeconds how long to poll for completion (0: not at all)
   * @param fileRoot the directory vt_scan_file may read under, or null for any path
   */
  public record Request(Kind kind, String argument, int waitSeconds, Path fileRoot) {
    /** The submission's request, for EXPLAIN. */
    public String describe() {
      return switch (kind) {
            case SCAN_URL -> "POST /urls";
            case RESCAN_URL -> "POST /urls/{id}/analyse";
            case RESCAN_FILE -> "POST /files/{id}/analyse";
            case SCAN_FILE -> "POST /files (over 32 MB: GET /files/upload_url, POST to it)";
          }
          + (waitSeconds > 0 ? ", then GET /analyses/{id} until completed" : "");
    }

    /** The most requests the call sends. */
    public int requestsAtMost() {
      return (kind == Kind.SCAN_FILE ? 2 : 1) + (waitSeconds > 0 ? MAX_POLLS : 0);
    }
  }

  private Submissions() {}

  /** The analysis row of one submission, sent when the row is first wanted. */
  public static Enumerable<Object[]> run(DataContext root, VtBackend backend, Request request) {
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<Object[]> enumerator() {
        return Linq4j.singletonEnumerator(
            submit(
                root,
                backend,
                request.kind(),
                request.argument(),
                request.waitSeconds(),
                request.fileRoot()));
      }
    };
  }

  private static Object[] submit(
      DataContext root,
      VtBackend backend,
      Kind kind,
      String argument,
      int waitSeconds,
      Path fileRoot) {
    final VtClient client = backend.client();
    final RequestBudget budget = RequestBudget.of(root, backend);
    final List<VtWrite> writes = writes(client, kind, argument, fileRoot, budget);
    budget.ensureAvailable(writes.size(), kind.function());
    JsonNode answer = null;
    for (VtWrite w : writes) {
      budget.record(1);
      try {
        answer = client.write(w);
      } catch (VtNotFoundException e) {
        throw new VtWriteException(
            "23503",
            kind.function() + ": VirusTotal does not know " + argument + ": " + e.getMessage(),
            e);
      } catch (VtException e) {
        if (VtClient.outcomeUnknown(e)) {
          throw new VtWriteException(
              "40003",
              "The submission may or may not have happened: "
                  + w
                  + " failed with "
                  + e.getMessage()
                  + ". vtsql never sends a write twice, so it was not repeated; check with "
                  + check(kind, argument)
                  + " before submitting again",
              e);
        }
        throw e;
      }
    }
    final String id = answer.path("data").path("id").asText("");
    if (id.isEmpty()) {
      throw new VtWriteException(
          "22000", kind.function() + ": VirusTotal's answer names no analysis: " + answer, null);
    }
    VtObject analysis = null;
    final AtomicBoolean cancel = DataContext.Variable.CANCEL_FLAG.get(root);
    final long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
    Duration pause = FIRST_PAUSE;
    for (int poll = 0; waitSeconds > 0 && poll < MAX_POLLS; poll++) {
      budget.ensureAvailable("polling analysis " + id);
      budget.record(1);
      analysis = client.getObjectFresh("analyses", id);
      final long left = deadline - System.nanoTime();
      if ("completed".equals(analysis.attributes().path("status").asText())
          || left <= 0
          || cancel != null && cancel.get()) {
        break;
      }
      sleep(Duration.ofNanos(Math.min(pause.toNanos(), left)));
      pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
    }
    if (analysis == null) {
      return descriptorRow(id);
    }
    if ("completed".equals(analysis.attributes().path("status").asText())) {
      final VtObject done = analysis;
      ClientServices.objects(client).ifPresent(cache -> cache.put(done));
    }
    return new RowConverter(Analyses.TYPE.columns()).toRow(analysis);
  }

  /** The requests of a submission (the upload URL of a large file is asked for here). */
  private static List<VtWrite> writes(
      VtClient client, Kind kind, String argument, Path fileRoot, RequestBudget budget) {
    switch (kind) {
      case SCAN_URL:
        return List.of(
            new VtWrite("POST", "/urls", VtPayload.form(Map.of("url", argument)), List.of()));
      case RESCAN_URL:
        {
          final String id =
              IdForms.hash(List.of(64), List.of()).pathId(argument).isPresent()
                  ? argument
                  : IdForms.URL.pathId(argument).orElseThrow(() -> bad(kind, argument));
          return List.of(
              new VtWrite(
                  "POST",
                  VtClient.objectPath("urls", id) + "/analyse",
                  VtPayload.none(),
                  List.of(VtClient.objectPath("urls", id))));
        }
      case RESCAN_FILE:
        {
          final String hash =
              IdForms.hash(List.of(32, 40, 64), List.of())
                  .pathId(argument)
                  .orElseThrow(() -> bad(kind, argument));
          return List.of(
              new VtWrite(
                  "POST",
                  VtClient.objectPath("files", hash) + "/analyse",
                  VtPayload.none(),
                  List.of(VtClient.objectPath("files", hash))));
        }
      case SCAN_FILE:
      default:
        {
          final Path file = readable(argument, fileRoot);
          final long size;
          try {
            size = Files.size(file);
          } catch (IOException e) {
            throw new VtWriteException("58030", "vt_scan_file cannot read " + argument, e);
          }
          if (size <= DIRECT_UPLOAD_BYTES) {
            return List.of(new VtWrite("POST", "/files", VtPayload.file(file), List.of()));
          }
          budget.ensureAvailable("GET /files/upload_url");
          budget.record(1);
          final String upload = client.getFreshData("/files/upload_url").asText("");
          return List.of(new VtWrite("POST", upload, VtPayload.file(file), List.of()));
        }
    }
  }

  /** The SQL that finds a submission's recent analyses. */
  private static String check(Kind kind, String argument) {
    final String quoted = argument.replace("'", "''");
    return switch (kind) {
      case SCAN_URL, RESCAN_URL ->
          "SELECT id, \"date\" FROM url_analyses WHERE url_id = '" + quoted + "'";
      case RESCAN_FILE -> "SELECT id, \"date\" FROM file_analyses WHERE file_id = '" + quoted + "'";
      case SCAN_FILE ->
          "SELECT id, \"date\" FROM file_analyses WHERE file_id = '<sha256 of " + quoted + ">'";
    };
  }

  /** The file a path names, refused unless it lies under {@code fileRoot} (when one is set). */
  private static Path readable(String argument, Path fileRoot) {
    final Path file = Path.of(argument).toAbsolutePath().normalize();
    if (fileRoot != null) {
      final Path allowed;
      try {
        allowed = fileRoot.toRealPath();
        if (!Files.exists(file) || !file.toRealPath().startsWith(allowed)) {
          throw refusedPath(argument, fileRoot);
        }
      } catch (IOException e) {
        throw refusedPath(argument, fileRoot);
      }
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new VtWriteException("58030", "vt_scan_file: no readable file at " + argument, null);
    }
    return file;
  }

  private static VtWriteException refusedPath(String argument, Path fileRoot) {
    return new VtWriteException(
        "42501",
        "vt_scan_file reads only files under "
            + fileRoot
            + " (the server's --scan-files-from); "
            + argument
            + " is not there, so nothing was sent",
        null);
  }

  private static VtWriteException bad(Kind kind, String argument) {
    return new VtWriteException(
        "22023",
        kind.function() + ": '" + argument + "' is not a " + kind.argument() + "; nothing was sent",
        null);
  }

  /** The row of an analysis known only by its id (no wait asked). */
  private static Object[] descriptorRow(String id) {
    final Object[] row = new Object[Analyses.TYPE.columns().size()];
    row[Analyses.TYPE.ordinal("id")] = id;
    return row;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(Math.max(0, d.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
