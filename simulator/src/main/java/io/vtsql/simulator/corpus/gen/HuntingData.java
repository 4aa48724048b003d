package io.vtsql.simulator.corpus.gen;

import com.fasterxml.jackson.databind.JsonNode;
import io.vtsql.simulator.corpus.Corpus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The Livehunt data of the demo analyst: a few rulesets and the notifications their rules raised on
 * the corpus' own files, domains and URLs (picked from the corpus ids, so the same corpus always
 * gives the same ids), dated back from the instant the simulator started so that "today's matches"
 * always has rows. Other accounts own none of it.
 */
public final class HuntingData {

  /** The user who owns every ruleset. */
  public static final String OWNER = "demo_analyst";

  /** Another user the first ruleset is shared with. */
  public static final String COLLEAGUE = "demo_colleague";

  /** A group the first ruleset is shared with. */
  public static final String TEAM = "demo_team";

  private static final long MINUTE = 60L;
  private static final long DAY = 86_400L;
  private static final int PER_RULESET = 10;
  private static final List<String> COUNTRIES = List.of("US", "DE", "ES", "BR", "JP", "FR", "IN");

  /** What the demo rulesets are: name, object type, enabled, rule names, tags. */
  private record Spec(
      String name, String objectType, boolean enabled, List<String> rules, List<String> tags) {}

  private static final List<Spec> SPECS =
      List.of(
          new Spec(
              "emotet_loaders",
              "file",
              true,
              List.of("Emotet_Loader_Strings", "Emotet_Packed_Dll"),
              List.of("emotet", "banker")),
          new Spec(
              "ransom_notes",
              "file",
              true,
              List.of("Ransom_Note_Text", "Shadow_Copy_Deletion", "Bitcoin_Wallet_Ref"),
              List.of("ransomware")),
          new Spec("packed_pe", "file", false, List.of("UPX_Packed_PE"), List.of("packer")),
          new Spec(
              "phishing_hosts",
              "domain",
              true,
              List.of("Phishing_Brand_Domain"),
              List.of("phishing")),
          new Spec(
              "credential_urls",
              "url",
              true,
              List.of("Login_Form_Url", "Webmail_Kit_Path"),
              List.of("phishing", "credentials")));

  /** One Livehunt ruleset; dates are epoch seconds. */
  public record Ruleset(
      String id,
      String name,
      String matchObjectType,
      boolean enabled,
      int limit,
      List<String> ruleNames,
      List<String> tags,
      long creationDate,
      long modificationDate) {

    /** The YARA source of its rules. */
    public String rules() {
      StringBuilder sb = new StringBuilder();
      if (!matchObjectType.equals("file")) {
        sb.append("import \"vt\"\n\n");
      }
      for (String rule : ruleNames) {
        sb.append("rule ")
            .append(rule)
            .append(" {\n  meta:\n    author = \"")
            .append(OWNER)
            .append("\"\n");
        if (matchObjectType.equals("file")) {
          sb.append("  strings:\n    $a = \"")
              .append(rule.toLowerCase(Locale.ROOT))
              .append("\"\n  condition:\n    $a\n}\n");
        } else {
          String field = matchObjectType.equals("url") ? "vt.net.url.raw" : "vt.net.domain.raw";
          sb.append("  condition:\n    ")
              .append(field)
              .append(" matches /")
              .append(rule.toLowerCase(Locale.ROOT).replace('_', '.'))
              .append("/\n}\n");
        }
      }
      return sb.toString();
    }
  }

  /** One match of a rule on a corpus object; the date is epoch seconds. */
  public record Notification(
      String id,
      Ruleset ruleset,
      String ruleName,
      String entityType,
      String entityId,
      long date,
      String snippet,
      String sourceCountry,
      String sourceKey,
      boolean matchInSubfile) {

    /** The rule's tags: the ruleset's first tag. */
    public List<String> ruleTags() {
      return List.of(ruleset.tags().get(0));
    }

    /** Notification tags as VirusTotal sets them: ruleset name, rule name, object id. */
    public List<String> tags() {
      return List.of(
          ruleset.name(), ruleName.toLowerCase(Locale.ROOT), entityId.toLowerCase(Locale.ROOT));
    }
  }

  private final List<Ruleset> rulesets;
  private final List<Notification> notifications;

  private HuntingData(List<Ruleset> rulesets, List<Notification> notifications) {
    this.rulesets = List.copyOf(rulesets);
    this.notifications = List.copyOf(notifications);
  }

  /** The demo rulesets over {@code corpus}, notifications dated back from {@code now}. */
  public static HuntingData generate(Corpus corpus, Instant now) {
    long t = now.getEpochSecond();
    List<Ruleset> rulesets = new ArrayList<>();
    List<List<String>> matched = new ArrayList<>();
    for (int i = 0; i < SPECS.size(); i++) {
      Spec s = SPECS.get(i);
      SplittableRandom rng = Gen.rng(s.name().hashCode(), 0x4C48L, i);
      long created = t - (120 + 40L * i) * DAY - rng.nextInt(86_400);
      long modified = s.enabled() ? t - (20 + 3L * i) * DAY : t - 15 * DAY;
      rulesets.add(
          new Ruleset(
              id(s.name()),
              s.name(),
              s.objectType(),
              s.enabled(),
              s.enabled() ? 1000 : 100,
              s.rules(),
              s.tags(),
              created,
              modified));
      matched.add(pick(corpus, s, i));
    }
    // Round robin over the rulesets, so every ruleset has recent matches; the k-th match is
    // k*k*10 minutes old (a handful within the last hours, the oldest about two weeks), and a
    // disabled ruleset's matches predate its last change.
    List<Notification> notifications = new ArrayList<>();
    int k = 0;
    for (int round = 0; round < PER_RULESET; round++) {
      for (int r = 0; r < rulesets.size(); r++) {
        if (round >= matched.get(r).size()) {
          continue;
        }
        Ruleset ruleset = rulesets.get(r);
        String entityId = matched.get(r).get(round);
        SplittableRandom rng = Gen.rng(entityId.hashCode(), ruleset.id().hashCode(), round);
        long age = (long) k * k * 10 * MINUTE + k * 7L + (ruleset.enabled() ? 0 : 16 * DAY);
        String rule = Gen.pick(rng, ruleset.ruleNames());
        notifications.add(
            new Notification(
                Math.floorMod(Gen.mix(entityId.hashCode()), 1_000_000_000_000_000L)
                    + "-"
                    + ruleset.id()
                    + "-"
                    + Gen.hex(rng, 32),
                ruleset,
                rule,
                SPECS.get(r).objectType(),
                entityId,
                t - age,
                snippet(rule),
                Gen.pick(rng, COUNTRIES),
                Gen.hex(rng, 8),
                k % 5 == 3));
        k++;
      }
    }
    notifications.sort(
        Comparator.comparingLong(Notification::date).reversed().thenComparing(Notification::id));
    return new HuntingData(rulesets, notifications);
  }

  /** The rulesets, oldest first. */
  public List<Ruleset> rulesets() {
    return rulesets;
  }

  /** Every notification, newest first. */
  public List<Notification> notifications() {
    return notifications;
  }

  /** The users and groups a ruleset is shared with, as {@code type/id}: the first one only. */
  public List<String[]> editors(Ruleset ruleset) {
    return ruleset.equals(rulesets.get(0))
        ? List.of(new String[] {"user", COLLEAGUE}, new String[] {"group", TEAM})
        : List.of();
  }

  /** A 16-digit ruleset id from its name, as VirusTotal's numeric ids look. */
  private static String id(String name) {
    return Long.toString(
        5_000_000_000_000_000L + Math.floorMod(Gen.mix(name.hashCode()), 1_000_000_000_000_000L));
  }

  /**
   * Up to {@link #PER_RULESET} corpus objects of the ruleset's type, chosen by a hash of their ids
   * (files: only ones some engine detects, so the matches have detections to show).
   */
  private static List<String> pick(Corpus corpus, Spec spec, int salt) {
    List<String> out = new ArrayList<>();
    for (String id : corpus.ids(spec.objectType())) {
      if (out.size() == PER_RULESET) {
        break;
      }
      if (Math.floorMod(Gen.mix(id.hashCode() * 31L + salt), 7) != 0) {
        continue;
      }
      if (spec.objectType().equals("file") && !detected(corpus, id)) {
        continue;
      }
      out.add(id);
    }
    return out;
  }

  private static boolean detected(Corpus corpus, String fileId) {
    return corpus
        .find("file", fileId)
        .map(
            f -> {
              JsonNode stats = f.path("attributes").path("last_analysis_stats");
              return stats.path("malicious").asInt() > 0;
            })
        .orElse(false);
  }

  /** A hexdump of the rule name's bytes between two bytes of context, as Livehunt shows it. */
  private static String snippet(String rule) {
    StringBuilder sb = new StringBuilder("00 4d 5a begin_highlight");
    for (byte b : rule.toLowerCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      sb.append(' ').append(String.format("%02x", b));
    }
    return sb.append(" end_highlight 00 00").toString();
  }
}
