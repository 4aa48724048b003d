package io.vtsql.simulator.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The file {@code type:} modifier. {@code type:X} matches when, ignoring case, {@code type_tag}
 * equals X, or {@code type_tags} contains X, or X is a group below and {@code type_tag} is one of
 * its members.
 */
final class TypeModifier implements Modifier {

  /** Type groups: a group name stands for any of its member {@code type_tag}s. */
  private static final Map<String, Set<String>> GROUPS =
      Map.of(
          "pe", Set.of("peexe", "pedll"),
          "executable", Set.of("peexe", "pedll", "elf", "macho", "android", "apk"),
          "document", Set.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "rtf"));

  private static final String[] TYPE_TAG = Attributes.path("type_tag");

  @Override
  public Predicate<ObjectNode> compile(String name, String value, SearchContext context) {
    String type = value.toLowerCase(Locale.ROOT);
    Set<String> members = GROUPS.getOrDefault(type, Set.of());
    Predicate<ObjectNode> inTags = Matchers.hasElement("type_tags", type);
    return object -> {
      JsonNode tag = Attributes.get(object, TYPE_TAG);
      if (tag.isTextual()) {
        String text = tag.asText().toLowerCase(Locale.ROOT);
        if (text.equals(type) || members.contains(text)) {
          return true;
        }
      }
      return inTags.test(object);
    };
  }
}
