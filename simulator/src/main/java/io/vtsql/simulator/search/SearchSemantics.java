package io.vtsql.simulator.search;

import java.util.Locale;
import java.util.Objects;

/**
 * How the simulator resolves what VirusTotal leaves undocumented or contradictory, one setting per
 * dimension (protocol.md §6.1), so that tests can check a client against every plausible reading.
 * {@link #strictest()} is the default: the narrowest documented reading of each.
 *
 * @param bounds what {@code N+} means ({@code N-} is always "less than N", as documented)
 * @param ties how results tied on the order field are ordered among themselves
 * @param text how text modifiers ({@code name:}, {@code title:}, {@code url:}, ...) match
 * @param fuzzy how fuzzy-hash modifiers ({@code ssdeep:}, {@code tlsh:}) match
 */
public record SearchSemantics(Bounds bounds, Ties ties, Text text, Fuzzy fuzzy) {

  /** Meaning of {@code N+}. */
  public enum Bounds {
    /** "more than N", as the IP, URL and domain pages say. */
    STRICT,
    /** "N or more", as the file page says. */
    INCLUSIVE
  }

  /** Order among results with equal order values. */
  public enum Ties {
    /** A fixed pseudo-random order (stable across pages), as captures show. */
    SHUFFLED,
    /** Id ascending. */
    BY_ID
  }

  /** Matching of text modifiers. */
  public enum Text {
    /** The value's words appear consecutively among the attribute's words ({@code *} wildcards). */
    WORDS,
    /** The attribute contains the value, ignoring case. */
    SUBSTRING
  }

  /** Matching of fuzzy-hash modifiers. */
  public enum Fuzzy {
    /** Similar hashes: same ssdeep block size, or same leading TLSH digits (a superset). */
    SIMILAR,
    /** Identical hashes only. */
    EXACT
  }

  public SearchSemantics {
    Objects.requireNonNull(bounds, "bounds");
    Objects.requireNonNull(ties, "ties");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(fuzzy, "fuzzy");
  }

  /** The default: {@code +} strict, ties shuffled, text by words, fuzzy hashes by similarity. */
  public static SearchSemantics strictest() {
    return new SearchSemantics(Bounds.STRICT, Ties.SHUFFLED, Text.WORDS, Fuzzy.SIMILAR);
  }

  /** The lenient reading of every dimension: inclusive, by id, substrings, identical hashes. */
  public static SearchSemantics lenient() {
    return new SearchSemantics(Bounds.INCLUSIVE, Ties.BY_ID, Text.SUBSTRING, Fuzzy.EXACT);
  }

  public SearchSemantics withBounds(Bounds value) {
    return new SearchSemantics(value, ties, text, fuzzy);
  }

  public SearchSemantics withTies(Ties value) {
    return new SearchSemantics(bounds, value, text, fuzzy);
  }

  public SearchSemantics withText(Text value) {
    return new SearchSemantics(bounds, ties, value, fuzzy);
  }

  public SearchSemantics withFuzzy(Fuzzy value) {
    return new SearchSemantics(bounds, ties, text, value);
  }

  /** A setting's command-line spelling, e.g. {@code BY_ID} as {@code by-id}. */
  public static String spelling(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant of {@code type} spelled {@code text} ({@code by-id}, {@code BY_ID}, ...). */
  public static <E extends Enum<E>> E parse(Class<E> type, String text) {
    return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  @Override
  public String toString() {
    return "bounds="
        + spelling(bounds)
        + " ties="
        + spelling(ties)
        + " text="
        + spelling(text)
        + " fuzzy="
        + spelling(fuzzy);
  }
}
