package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.Account;
import io.vtsql.simulator.Licence;
import io.vtsql.simulator.Quota;
import io.vtsql.simulator.RequestLog;
import io.vtsql.simulator.Tier;
import io.vtsql.simulator.corpus.Corpus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Users, groups and service accounts (protocol.md §5 Users / groups / quotas): one user per
 * accepted key, the group {@code demo_group} of demo_analyst (its admin) and demo_basic with the
 * service account {@code demo_service}. A user sees its own full object (the {@code apikey}
 * included, as VirusTotal shows it), a group admin its members' email, login and quotas, anyone
 * else the public view (vx_graph_owner_user_1to1.yml); another user's quotas, usage and groups are
 * 403, an unknown id 404. Quotas and usage are counted from the request log.
 */
final class AccountEndpoints implements ProductEndpoints {
  private static final String GROUP = "demo_group";
  private static final String SERVICE_ACCOUNT = "demo_service";
  private static final String ADMIN = "demo_analyst";
  private static final List<String> MEMBERS = List.of("demo_analyst", "demo_basic");
  private static final long JOINED = 1_600_000_000L;
  private static final long LAST_LOGIN = 1_764_000_000L;
  private static final long EXPIRES = 1_798_761_600L;
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final Map<String, Account> byUser = new LinkedHashMap<>();
  private final Map<String, String> keyOf = new LinkedHashMap<>();
  private final AccountUsage usage;
  private final Corpus corpus;

  AccountEndpoints(
      Corpus corpus, Map<String, Account> accounts, Function<Tier, Quota> quotas, RequestLog log) {
    this.corpus = corpus;
    accounts.forEach(
        (key, account) -> {
          byUser.put(account.userId(), account);
          keyOf.put(account.userId(), key);
        });
    this.usage = new AccountUsage(log, quotas);
  }

  @Override
  public Optional<ObjectNode> serve(ApiRequest request, String[] s) {
    if (s.length < 2) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    return switch (s[0]) {
      case "users" -> Optional.of(user(request, s, now));
      case "groups" -> Optional.of(group(request, s, now));
      case "service_accounts" -> Optional.of(serviceAccount(request, s, now));
      default -> Optional.empty();
    };
  }

  private ObjectNode user(ApiRequest request, String[] s, Instant now) {
    Account target = byUser.get(s[1]);
    if (target == null) {
      return recorded(request, "user", s);
    }
    Account viewer = request.account();
    if (s.length == 2) {
      return wrap(userObject(target, viewer, now, request.base()));
    }
    boolean own = viewer.userId().equals(target.userId());
    boolean admin = isAdmin(viewer) && MEMBERS.contains(target.userId());
    if (s.length == 3 && s[2].equals("overall_quotas")) {
      requireThat(own || admin);
      return wrapData(overallQuotas(target, now));
    }
    if (s.length == 3 && s[2].equals("api_usage")) {
      requireThat(own || admin);
      return wrapData(apiUsage(request, List.of(target)));
    }
    String rel = relationshipName(s);
    if (!rel.equals("groups")) {
      throw ApiException.notFound("Relationship \"" + rel + "\" not found for user");
    }
    requireThat(own);
    List<ObjectNode> groups = new ArrayList<>();
    if (MEMBERS.contains(target.userId())) {
      groups.add(groupObject(viewer, now, request.base()));
    }
    return page(request, s, groups);
  }

  private ObjectNode group(ApiRequest request, String[] s, Instant now) {
    if (!s[1].equals(GROUP)) {
      return recorded(request, "group", s);
    }
    Account viewer = request.account();
    if (s.length == 2) {
      return wrap(groupObject(viewer, now, request.base()));
    }
    boolean member = MEMBERS.contains(viewer.userId());
    if (s.length == 3 && s[2].equals("api_usage")) {
      requireThat(member);
      return wrapData(apiUsage(request, members()));
    }
    String rel = relationshipName(s);
    List<ObjectNode> related = new ArrayList<>();
    switch (rel) {
      case "users" -> {
        requireThat(member);
        members().forEach(m -> related.add(userObject(m, viewer, now, request.base())));
      }
      case "administrators" -> {
        requireThat(member);
        Optional.ofNullable(byUser.get(ADMIN))
            .ifPresent(a -> related.add(userObject(a, viewer, now, request.base())));
      }
      case "service_accounts" -> {
        requireThat(isAdmin(viewer));
        related.add(serviceAccountObject(now, request.base()));
      }
      default -> throw ApiException.notFound("Relationship \"" + rel + "\" not found for group");
    }
    return page(request, s, related);
  }

  private ObjectNode serviceAccount(ApiRequest request, String[] s, Instant now) {
    if (s.length != 2 || !s[1].equals(SERVICE_ACCOUNT)) {
      throw ApiException.notFound("Service account \"" + s[1] + "\" not found");
    }
    requireThat(isAdmin(request.account()));
    return wrap(serviceAccountObject(now, request.base()));
  }

  /**
   * A user or group of a loaded corpus (the captures' pw_user_get_pii_replaced.yml and
   * pw_group_get_pii_replaced.yml), served as recorded; anything else is 404.
   */
  private ObjectNode recorded(ApiRequest request, String type, String[] s) {
    Optional<ObjectNode> object = s.length == 2 ? corpus.find(type, s[1]) : Optional.empty();
    return wrap(
        Envelopes.object(
            object.orElseThrow(
                () ->
                    ApiException.notFound(
                        (type.equals("user") ? "User" : "Group") + " \"" + s[1] + "\" not found")),
            request.base()));
  }

  /** The user as {@code viewer} may see it. */
  private ObjectNode userObject(Account target, Account viewer, Instant now, String base) {
    String id = target.userId();
    ObjectNode a = Json.object();
    String[] names = id.split("_", 2);
    a.put("first_name", capitalized(names[0]));
    a.put("last_name", names.length > 1 ? capitalized(names[1].replace('_', ' ')) : "");
    a.put("profile_phrase", "vtsql demo account");
    a.put("reputation", 1);
    a.put("status", "active");
    a.put("user_since", JOINED + Math.floorMod(id.hashCode(), 10_000_000));
    boolean own = viewer.userId().equals(id);
    if (own || isAdmin(viewer) && MEMBERS.contains(id)) {
      a.put("email", id + "@demo.vtsql.example");
      a.put("last_login", LAST_LOGIN);
      a.set("quotas", usage.quotas(target, now));
    }
    if (own) {
      a.put("apikey", keyOf.get(id));
      a.put("has_2fa", false);
      a.putObject("preferences");
      a.set("privileges", privileges(target));
    }
    return object("user", id, a, base);
  }

  private ObjectNode groupObject(Account viewer, Instant now, String base) {
    ObjectNode a = Json.object();
    a.put("organization", "vtsql demo");
    a.put("organization_legal_name", "vtsql demo group");
    if (MEMBERS.contains(viewer.userId())) {
      a.put("country", "Spain");
      a.put("country_iso", "ES");
      a.put("domain_name", "demo.vtsql.example");
      a.put("industry", "Information Security");
      a.put("agreement_signed_date", JOINED);
      a.set("privileges", groupPrivileges());
      a.set("quotas", usage.groupQuotas(members(), now));
      a.putObject("quota_usage_by_user");
    }
    if (isAdmin(viewer)) {
      a.putArray("auto_add_users").add("*@demo.vtsql.example");
    }
    return object("group", GROUP, a, base);
  }

  private ObjectNode serviceAccountObject(Instant now, String base) {
    ObjectNode a = Json.object();
    a.put("email", SERVICE_ACCOUNT + "@" + GROUP + ".serviceaccount.example");
    a.put("first_name", ADMIN);
    a.put("reputation", 0);
    a.put("status", "active");
    a.put("user_since", JOINED);
    a.set("privileges", groupPrivileges());
    a.set("quotas", usage.groupQuotas(List.of(), now));
    return object("service_account", SERVICE_ACCOUNT, a, base);
  }

  /** {@code {"<privilege>": {"granted": ...}}}: every licence, granted or not. */
  private static ObjectNode privileges(Account account) {
    ObjectNode out = Json.object();
    for (Licence l : Licence.values()) {
      ObjectNode p = out.putObject(l.privilege());
      p.put("granted", account.has(l));
      if (account.has(l)) {
        p.put("expiration_date", EXPIRES);
        if (MEMBERS.contains(account.userId())) {
          p.put("inherited_from", GROUP);
          p.put("inherited_via", "api_quota_group");
        }
      }
    }
    return out;
  }

  private static ObjectNode groupPrivileges() {
    ObjectNode out = Json.object();
    for (Licence l : Licence.values()) {
      out.putObject(l.privilege()).put("granted", true).put("expiration_date", EXPIRES);
    }
    return out;
  }

  /** {@code {"api_requests_daily": {"user": {...}, "group": {...}}, ...}}. */
  private ObjectNode overallQuotas(Account target, Instant now) {
    ObjectNode own = usage.quotas(target, now);
    ObjectNode group = MEMBERS.contains(target.userId()) ? usage.groupQuotas(members(), now) : null;
    ObjectNode out = Json.object();
    own.fields()
        .forEachRemaining(
            e -> {
              ObjectNode q = out.putObject(e.getKey());
              q.set("user", e.getValue());
              if (group != null) {
                ObjectNode g = ((ObjectNode) group.get(e.getKey())).deepCopy();
                g.put("inherited_from", GROUP);
                q.set("group", g);
              }
            });
    return out;
  }

  /** The usage of {@code start_date} to {@code end_date} (YYYYMMDD, at most 30 days). */
  private ObjectNode apiUsage(ApiRequest request, List<Account> accounts) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate end = day(request.param("end_date"), today);
    LocalDate start = day(request.param("start_date"), end.minusDays(AccountUsage.MAX_DAYS - 1));
    if (end.isBefore(start)) {
      throw ApiException.badRequest("end_date must not be before start_date");
    }
    if (ChronoUnit.DAYS.between(start, end) >= AccountUsage.MAX_DAYS) {
      throw ApiException.badRequest(
          "The maximum window between start_date and end_date is "
              + AccountUsage.MAX_DAYS
              + " days");
    }
    return usage.apiUsage(accounts, start, end);
  }

  private static LocalDate day(String value, LocalDate absent) {
    if (value == null) {
      return absent;
    }
    try {
      return LocalDate.parse(value, DAY);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("Invalid date \"" + value + "\", expected YYYYMMDD");
    }
  }

  /** One page of a relationship (limit and cursor as every relationship takes them). */
  private static ObjectNode page(ApiRequest request, String[] s, List<ObjectNode> all) {
    boolean descriptors = s.length == 4;
    String self = request.base() + "/" + String.join("/", s);
    int limit =
        Cursors.limit(
            request.param("limit"), ObjectEndpoints.DEFAULT_LIMIT, ObjectEndpoints.MAX_LIMIT);
    String cursor = request.param("cursor");
    int offset = Cursors.decode(cursor, self);
    List<ObjectNode> items = new ArrayList<>();
    for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
      ObjectNode o = all.get(i);
      if (descriptors) {
        ObjectNode d = Json.object();
        d.put("type", o.path("type").asText());
        d.put("id", o.path("id").asText());
        d.set("links", o.get("links"));
        items.add(d);
      } else {
        items.add(o);
      }
    }
    ObjectNode meta = Json.object();
    meta.put("count", all.size());
    ObjectNode links = Json.object();
    links.put("self", self + Envelopes.query("limit", Integer.toString(limit)));
    if (offset + limit < all.size()) {
      String next = Cursors.encode(offset + limit, self);
      meta.put("cursor", next);
      links.put("next", self + Envelopes.query("cursor", next, "limit", Integer.toString(limit)));
    }
    return Envelopes.page(items, meta, links);
  }

  private static String relationshipName(String[] s) {
    if (s.length == 3) {
      return s[2];
    }
    if (s.length == 4 && s[2].equals("relationships")) {
      return s[3];
    }
    throw ApiException.notFound("Resource \"/" + String.join("/", s) + "\" not found");
  }

  private List<Account> members() {
    return MEMBERS.stream().map(byUser::get).filter(a -> a != null).toList();
  }

  private static boolean isAdmin(Account viewer) {
    return viewer.userId().equals(ADMIN);
  }

  private static void requireThat(boolean allowed) {
    if (!allowed) {
      throw ApiException.forbidden("You are not authorized to perform the requested operation");
    }
  }

  private static ObjectNode object(String type, String id, ObjectNode attributes, String base) {
    ObjectNode o = Json.object();
    o.put("type", type);
    o.put("id", id);
    o.putObject("links").put("self", base + "/" + type + "s/" + id);
    o.set("attributes", attributes);
    return o;
  }

  private static ObjectNode wrap(ObjectNode object) {
    ObjectNode body = Json.object();
    body.set("data", object);
    body.putObject("links").put("self", object.path("links").path("self").asText());
    return body;
  }

  private static ObjectNode wrapData(ObjectNode data) {
    ObjectNode body = Json.object();
    body.set("data", data);
    return body;
  }

  private static String capitalized(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
