package io.vtsql.simulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vtsql.simulator.Account;
import io.vtsql.simulator.Quota;
import io.vtsql.simulator.RequestLog;
import io.vtsql.simulator.RequestRecord;
import io.vtsql.simulator.Tier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What accounts have used, read from the {@link RequestLog} (so quotas move as requests are made):
 * the {@code api_requests_hourly/daily/monthly} quotas of a user or group and the per-day API
 * usage. Allowances come from the tier's {@link Quota}; an unlimited one is shown as VirusTotal
 * shows a contract without a limit, 1000000000 (pw_user_get_pii_replaced.yml).
 */
final class AccountUsage {
  /** The allowance VirusTotal lists for a quota without a limit. */
  static final long UNLIMITED = 1_000_000_000L;

  /** Most days one api_usage request may span (protocol.md §5 Users / groups / quotas). */
  static final int MAX_DAYS = 30;

  private final RequestLog log;
  private final Function<Tier, Quota> quotas;

  AccountUsage(RequestLog log, Function<Tier, Quota> quotas) {
    this.log = log;
    this.quotas = quotas;
  }

  /** {@code {"api_requests_daily": {"allowed", "used"}, ...}} of one account. */
  ObjectNode quotas(Account account, Instant now) {
    return quotas(allowances(account.tier()), List.of(account), now);
  }

  /** The same quotas summed over the members of a group, with the group's own allowances. */
  ObjectNode groupQuotas(Collection<Account> members, Instant now) {
    return quotas(new long[] {UNLIMITED, UNLIMITED, UNLIMITED}, members, now);
  }

  private ObjectNode quotas(long[] allowed, Collection<Account> accounts, Instant now) {
    ObjectNode out = Json.object();
    String[] names = {"api_requests_hourly", "api_requests_daily", "api_requests_monthly"};
    ChronoUnit[] periods = {ChronoUnit.HOURS, ChronoUnit.DAYS, ChronoUnit.MONTHS};
    for (int i = 0; i < names.length; i++) {
      Instant start = periodStart(now, periods[i]);
      long used = count(r -> !r.time().isBefore(start), accounts);
      ObjectNode q = out.putObject(names[i]);
      q.put("allowed", allowed[i]);
      q.put("used", used);
    }
    return out;
  }

  /**
   * {@code {"daily": {"2026-12-01": {"files": 3}}, "total": {"files": 3}}} of the accounts'
   * requests between two UTC days, both included; only days with requests are listed.
   */
  ObjectNode apiUsage(Collection<Account> accounts, LocalDate start, LocalDate end) {
    Map<String, Map<String, Long>> daily = new TreeMap<>();
    Map<String, Long> total = new TreeMap<>();
    List<String> labels = accounts.stream().map(Account::label).toList();
    for (RequestRecord r : log.records()) {
      LocalDate day = r.time().atZone(ZoneOffset.UTC).toLocalDate();
      if (!labels.contains(r.keyLabel()) || day.isBefore(start) || day.isAfter(end)) {
        continue;
      }
      String kind = kind(r.path());
      daily.computeIfAbsent(day.toString(), d -> new TreeMap<>()).merge(kind, 1L, Long::sum);
      total.merge(kind, 1L, Long::sum);
    }
    ObjectNode data = Json.object();
    ObjectNode days = data.putObject("daily");
    daily.forEach((day, kinds) -> kinds.forEach(days.putObject(day)::put));
    ObjectNode sum = data.putObject("total");
    total.forEach(sum::put);
    return data;
  }

  /** The hourly, daily and monthly allowances of a tier. */
  private long[] allowances(Tier tier) {
    Quota q = quotas.apply(tier);
    long hourly =
        q.perWindow() > 0
            ? q.perWindow() * Math.max(1, 3600 / Math.max(1, q.window().toSeconds()))
            : UNLIMITED;
    long daily = q.perDay() > 0 ? q.perDay() : UNLIMITED;
    long monthly = q.perDay() > 0 ? q.perDay() * 31L : UNLIMITED;
    return new long[] {hourly, daily, monthly};
  }

  private long count(Predicate<RequestRecord> when, Collection<Account> accounts) {
    List<String> labels = accounts.stream().map(Account::label).toList();
    return log.records().stream()
        .filter(r -> labels.contains(r.keyLabel()) && when.test(r))
        .count();
  }

  /** The collection a request was counted under, e.g. {@code files} for /files/{id}. */
  private static String kind(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    int slash = p.indexOf('/');
    return slash < 0 ? p : p.substring(0, slash);
  }

  private static Instant periodStart(Instant now, ChronoUnit period) {
    ZonedDateTime t = now.atZone(ZoneOffset.UTC);
    return switch (period) {
      case HOURS -> t.truncatedTo(ChronoUnit.HOURS).toInstant();
      case DAYS -> t.truncatedTo(ChronoUnit.DAYS).toInstant();
      default -> t.toLocalDate().withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    };
  }
}
