package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.corpus.Corpus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The demo Retrohunt jobs of {@code demo_analyst}, derived deterministically from the corpus' own
 * files: two finished jobs, an aborted one and one that is running. A job's matches are corpus
 * files its rules plausibly select (by file type, submission date and verdicts), in scan order.
 */
public final class RetrohuntData {

  /** The user whose jobs these are; other accounts have none. */
  public static final String OWNER = "demo_analyst";

  private static final long DAY = 86_400;

  /** How long the running job scans, from its start to its finish. */
  public static final long RUNNING_SECONDS = 3 * 3_600;

  /**
   * One job.
   *
   * @param id job id, {@code <owner>-<creation time>}
   * @param attributes its attributes; a running job's progress fields are filled in by {@link #at}
   * @param matches ids of the files it matches (all of them, for a running job), in match order
   * @param running whether its progress follows the clock
   * @param totalBytes bytes the running job scans in all
   */
  public record Job(
      String id, ObjectNode attributes, List<String> matches, boolean running, long totalBytes) {
    public Job {
      Objects.requireNonNull(id, "id");
      matches = List.copyOf(matches);
    }

    /**
     * The job as it stands at {@code now}: a running job advances linearly from its start date to
     * {@link #RUNNING_SECONDS} later, then is finished; others never change. Returns the attributes
     * and the matches found so far.
     */
    public Job at(Instant now) {
      if (!running) {
        return this;
      }
      long start = attributes.path("start_date").asLong();
      long elapsed = Math.max(0, Math.min(RUNNING_SECONDS, now.getEpochSecond() - start));
      ObjectNode a = attributes.deepCopy();
      int found = (int) (matches.size() * elapsed / RUNNING_SECONDS);
      a.put("progress", Math.floor(10_000.0 * elapsed / RUNNING_SECONDS) / 100.0);
      a.put("num_matches", found);
      a.put("scanned_bytes", totalBytes / RUNNING_SECONDS * elapsed);
      if (elapsed >= RUNNING_SECONDS) {
        a.put("status", "finished");
        a.put("eta_seconds", 0);
        a.put("finish_date", start + RUNNING_SECONDS);
      } else {
        a.put("status", "running");
        a.put("eta_seconds", RUNNING_SECONDS - elapsed);
      }
      return new Job(id, a, matches.subList(0, found), false, totalBytes);
    }
  }

  private RetrohuntData() {}

  /**
   * The jobs, newest first; the running job was started 25 minutes before {@code started} (the
   * simulator's start), so it is still running while a demo session lasts.
   */
  public static List<Job> jobs(Corpus corpus, Instant started) {
    List<ObjectNode> files = new ArrayList<>(corpus.all("file"));
    long now = started.getEpochSecond();
    List<Job> jobs = new ArrayList<>();

    long runningCreated = now - 25 * 60;
    jobs.add(
        job(
            runningCreated,
            "rule linux_botnet_scanner {\n"
                + "  strings:\n"
                + "    $elf = { 7F 45 4C 46 }\n"
                + "    $s1 = \"/bin/busybox\" ascii\n"
                + "  condition:\n"
                + "    $elf at 0 and $s1\n"
                + "}",
            "main",
            "analyst@example.com",
            Gen.REFERENCE - 90 * DAY,
            Gen.REFERENCE,
            files,
            f -> type(f, "elf"),
            50,
            true));

    jobs.add(
        aborted(
            job(
                Gen.REFERENCE - 12 * DAY + 7_200,
                "rule android_banker_overlay {\n"
                    + "  strings:\n"
                    + "    $a = \"android.accessibilityservice\" ascii\n"
                    + "  condition:\n"
                    + "    uint32(0) == 0x04034B50 and $a\n"
                    + "}",
                "main",
                null,
                Gen.REFERENCE - 180 * DAY,
                Gen.REFERENCE - 12 * DAY,
                files,
                f -> type(f, "apk"),
                7,
                false)));

    jobs.add(
        job(
            Gen.REFERENCE - 20 * DAY + 5_400,
            "rule office_doc_false_positive_check {\n"
                + "  strings:\n"
                + "    $x = \"word/document.xml\" ascii\n"
                + "  condition:\n"
                + "    $x\n"
                + "}",
            "goodware",
            null,
            0,
            0,
            files,
            f -> (type(f, "docx") || type(f, "pdf")) && detections(f) == 0,
            12,
            false));

    jobs.add(
        job(
            Gen.REFERENCE - 30 * DAY + 32_400,
            "rule pe_loader_mz_small {\n"
                + "  meta:\n"
                + "    author = \"demo_analyst\"\n"
                + "  strings:\n"
                + "    $mz = { 4D 5A }\n"
                + "  condition:\n"
                + "    $mz at 0 and filesize < 2MB\n"
                + "}",
            "main",
            "analyst@example.com",
            Gen.REFERENCE - 365 * DAY,
            Gen.REFERENCE - 30 * DAY,
            files,
            f -> type(f, "peexe") || type(f, "pedll"),
            75,
            false));
    return List.copyOf(jobs);
  }

  /**
   * A job created at {@code created} matching at most {@code cap} files that pass {@code test} (and
   * were first submitted within its time range, when it has one), newest submissions first.
   */
  private static Job job(
      long created,
      String rules,
      String corpus,
      String email,
      long rangeStart,
      long rangeEnd,
      List<ObjectNode> files,
      Predicate<JsonNode> test,
      int cap,
      boolean running) {
    Predicate<JsonNode> inRange =
        a ->
            rangeEnd == 0
                || a.path("first_submission_date").asLong() >= rangeStart
                    && a.path("first_submission_date").asLong() <= rangeEnd;
    List<ObjectNode> matched =
        files.stream()
            .filter(f -> test.test(f.path("attributes")) && inRange.test(f.path("attributes")))
            .sorted(
                Comparator.comparingLong(
                        (ObjectNode f) ->
                            f.path("attributes").path("first_submission_date").asLong())
                    .reversed()
                    .thenComparing(f -> f.path("id").asText()))
            .limit(cap)
            .toList();
    long scanned = 0;
    for (ObjectNode f : matched) {
      scanned += f.path("attributes").path("size").asLong();
    }
    // the whole corpus is scanned, not just the matches: a deterministic multiple of them
    long totalBytes = (scanned + 1) * 1_048_573L;
    ObjectNode a = JsonNodeFactory.instance.objectNode();
    a.put("rules", rules);
    if (email != null) {
      a.put("notification_email", email);
    }
    a.put("corpus", corpus);
    if (rangeEnd != 0) {
      ObjectNode range = a.putObject("time_range");
      range.put("start", rangeStart);
      range.put("end", rangeEnd);
    }
    a.put("creation_date", created);
    a.put("start_date", created + 30);
    a.put("num_matches_outside_time_range", 0);
    if (!running) {
      a.put("status", "finished");
      a.put("progress", 100.0);
      a.put("num_matches", matched.size());
      a.put("scanned_bytes", totalBytes);
      a.put("eta_seconds", 0);
      a.put("finish_date", created + 30 + 5_400 + matched.size() * 60L);
    }
    return new Job(
        OWNER + "-" + created,
        a,
        matched.stream().map(f -> f.path("id").asText()).toList(),
        running,
        totalBytes);
  }

  /** The job stopped by its owner at 41.7 %, keeping the matches found by then. */
  private static Job aborted(Job job) {
    ObjectNode a = job.attributes();
    a.put("status", "aborted");
    a.put("progress", 41.7);
    a.put("scanned_bytes", (long) (job.totalBytes() * 0.417));
    a.remove("eta_seconds");
    return job;
  }

  private static boolean type(JsonNode attributes, String tag) {
    return attributes.path("type_tag").asText().equals(tag);
  }

  private static int detections(JsonNode attributes) {
    return attributes.path("last_analysis_stats").path("malicious").asInt();
  }
}
