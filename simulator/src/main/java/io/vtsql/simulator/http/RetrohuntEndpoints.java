package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.Licence;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.gen.RetrohuntData;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Retrohunt (protocol.md §5): {@code GET /intelligence/retrohunt_jobs} with {@code filter=status:}
 * (no order is documented, so none is taken), {@code GET /intelligence/retrohunt_jobs/{id}} and its
 * {@code matching_files} in full and descriptor form. Every call needs the Retrohunt licence (403
 * without); a key sees only its own jobs, so only {@code demo_analyst} has any. The running job
 * advances with the clock.
 */
final class RetrohuntEndpoints implements ProductEndpoints {

  /**
   * The list's grammar: {@code status:}, newest jobs first, pages of at most 40; its one order is
   * the default only, since {@link #serve} refuses an explicit one.
   */
  static final ListSpec SPEC =
      new ListSpec(
          "/intelligence/retrohunt_jobs",
          40,
          Map.of("status", AttributeMatch.equalsValue("status")),
          Map.of("creation_date", "creation_date"),
          Set.of(),
          "creation_date-");

  private final Corpus corpus;
  private final Clock clock;
  private final Instant started;
  private final ListEndpoint lists;
  private List<RetrohuntData.Job> jobs;

  RetrohuntEndpoints(Corpus corpus, Clock clock) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.started = clock.instant();
    this.lists = new ListEndpoint(clock);
  }

  /** The jobs, generated on first use: most simulator sessions never ask for Retrohunt. */
  private synchronized List<RetrohuntData.Job> jobs() {
    if (jobs == null) {
      jobs = RetrohuntData.jobs(corpus, started);
    }
    return jobs;
  }

  @Override
  public Optional<ObjectNode> serve(ApiRequest request, String[] s) {
    if (s.length < 2 || !s[0].equals("intelligence") || !s[1].equals("retrohunt_jobs")) {
      return Optional.empty();
    }
    request.require(Licence.RETROHUNT);
    if (s.length == 2) {
      if (request.param("order") != null) {
        throw ApiException.badRequest("Retrohunt jobs cannot be ordered; drop the order parameter");
      }
      List<ObjectNode> objects = new ArrayList<>();
      own(request).forEach(j -> objects.add(object(j)));
      return Optional.of(lists.page(request, SPEC, objects));
    }
    RetrohuntData.Job job = find(request, s[2]);
    String path = "/intelligence/retrohunt_jobs/" + s[2];
    if (s.length == 3) {
      ObjectNode body = Json.object();
      body.set("data", Envelopes.object(object(job), request.base()));
      return Optional.of(body);
    }
    if (s.length == 4 && s[3].equals("matching_files")) {
      return Optional.of(
          SubresourcePage.page(
              request, path + "/matching_files", files(request, job, false), null));
    }
    if (s.length == 5 && s[3].equals("relationships") && s[4].equals("matching_files")) {
      return Optional.of(
          SubresourcePage.page(
              request,
              path + "/relationships/matching_files",
              files(request, job, true),
              path + "/matching_files"));
    }
    throw ApiException.notFound("Resource \"/" + String.join("/", s) + "\" not found");
  }

  /** The caller's jobs as they stand now. */
  private List<RetrohuntData.Job> own(ApiRequest request) {
    if (!request.account().userId().equals(RetrohuntData.OWNER)) {
      return List.of();
    }
    Instant now = clock.instant();
    return jobs().stream().map(j -> j.at(now)).toList();
  }

  private RetrohuntData.Job find(ApiRequest request, String id) {
    return own(request).stream()
        .filter(j -> j.id().equals(id))
        .findFirst()
        .orElseThrow(() -> ApiException.notFound("Retrohunt job \"" + id + "\" not found"));
  }

  private static ObjectNode object(RetrohuntData.Job job) {
    ObjectNode o = Json.object();
    o.put("type", "retrohunt_job");
    o.put("id", job.id());
    o.set("attributes", job.attributes());
    return o;
  }

  private List<ObjectNode> files(ApiRequest request, RetrohuntData.Job job, boolean descriptors) {
    List<ObjectNode> out = new ArrayList<>();
    for (String id : job.matches()) {
      if (descriptors) {
        ObjectNode d = Json.object();
        d.put("type", "file");
        d.put("id", id);
        out.add(d);
      } else {
        out.add(Envelopes.object(corpus.find("file", id).orElseThrow(), request.base()));
      }
    }
    return out;
  }
}
