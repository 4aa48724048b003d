package io.vtsql.simulator.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The word reading of a text modifier: the value's words must appear consecutively among the text's
 * words, ignoring case; a word is a run of letters and digits, and {@code *} inside a value word
 * stands for any run of characters ({@code domain:"*chase*"}).
 */
final class WordMatch implements Predicate<String> {

  private static final Pattern TEXT_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern VALUE_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}*]+");

  private final List<Predicate<String>> words;

  WordMatch(String value) {
    List<Predicate<String>> parsed = new ArrayList<>();
    for (String word : VALUE_SEPARATOR.split(value.toLowerCase(Locale.ROOT))) {
      if (word.isEmpty() || word.chars().allMatch(c -> c == '*')) {
        continue;
      }
      if (word.indexOf('*') < 0) {
        parsed.add(word::equals);
      } else {
        StringBuilder regex = new StringBuilder();
        for (String part : word.split("\\*", -1)) {
          regex.append(Pattern.quote(part)).append(".*");
        }
        Pattern p = Pattern.compile(regex.substring(0, regex.length() - 2));
        parsed.add(w -> p.matcher(w).matches());
      }
    }
    this.words = List.copyOf(parsed);
  }

  @Override
  public boolean test(String text) {
    if (words.isEmpty()) {
      return false;
    }
    List<String> tokens = new ArrayList<>();
    for (String t : TEXT_SEPARATOR.split(text.toLowerCase(Locale.ROOT))) {
      if (!t.isEmpty()) {
        tokens.add(t);
      }
    }
    for (int start = 0; start + words.size() <= tokens.size(); start++) {
      int i = 0;
      while (i < words.size() && words.get(i).test(tokens.get(start + i))) {
        i++;
      }
      if (i == words.size()) {
        return true;
      }
    }
    return false;
  }
}
