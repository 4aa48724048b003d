package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.Tier;
import io.vtsql.simulator.corpus.Corpus;
import io.vtsql.simulator.corpus.gen.AlertData;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * VT Alerts (docs reference/alerts-watchlist-assets, reference/alerts-notifications): {@code GET
 * /alerts/assets} and {@code GET /alerts/notifications}, paged by {@code limit} (10, max 40) and
 * {@code cursor}. The docs name no filter, order or lookup by id, so any {@code filter} or {@code
 * order} is 400 and {@code /alerts/assets/{id}} is 404. The docs name no licence either: a premium
 * key is needed (403 for public keys) and only {@code demo_analyst} has a watchlist.
 */
final class AlertEndpoints implements ProductEndpoints {

  /** The assets, oldest first (the order the lists are served in is the simulator's choice). */
  static final ListSpec ASSETS =
      new ListSpec(
          "/alerts/assets",
          40,
          Map.of(),
          Map.of("creation_date", "creation_date"),
          Set.of(),
          "creation_date+");

  /** The notifications, newest first. */
  static final ListSpec NOTIFICATIONS =
      new ListSpec(
          "/alerts/notifications",
          40,
          Map.of(),
          Map.of("created", "created"),
          Set.of("created"),
          "created-");

  private final Corpus corpus;
  private final ListEndpoint lists = new ListEndpoint(Clock.systemUTC());
  private List<ObjectNode> assets;
  private List<ObjectNode> notifications;

  AlertEndpoints(Corpus corpus) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
  }

  /** The watchlist, generated on first use: most simulator sessions never ask for alerts. */
  private synchronized void generate() {
    if (assets == null) {
      assets = AlertData.assets(corpus);
      notifications = AlertData.notifications(corpus);
    }
  }

  @Override
  public Optional<ObjectNode> serve(ApiRequest request, String[] s) {
    if (s.length < 2 || !s[0].equals("alerts")) {
      return Optional.empty();
    }
    if (request.tier() == Tier.PUBLIC) {
      throw ApiException.forbidden("You are not authorized to perform the requested operation");
    }
    ListSpec spec =
        s[1].equals("assets") ? ASSETS : s[1].equals("notifications") ? NOTIFICATIONS : null;
    if (spec == null || s.length != 2) {
      throw ApiException.notFound("Resource \"/" + String.join("/", s) + "\" not found");
    }
    if (request.param("order") != null) {
      throw ApiException.badRequest("VT Alerts lists cannot be ordered; drop the order parameter");
    }
    generate();
    boolean own = request.account().userId().equals(AlertData.OWNER);
    List<ObjectNode> objects = !own ? List.of() : spec == ASSETS ? assets : notifications;
    return Optional.of(lists.page(request, spec, objects));
  }
}
