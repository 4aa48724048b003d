package io.vtsql.simulator.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One relationship of an object type as VirusTotal documents it.
 *
 * @param name relationship name as used in URLs ({@code contacted_domains})
 * @param description human description served by {@code /metadata}
 * @param targetTypes object types the relationship points at (two for polymorphic ones)
 * @param cardinality one (1:1) or many (1:N)
 * @param premium true when only premium (VT Enterprise) keys may read it
 */
public record Relationship(
    String name,
    String description,
    List<String> targetTypes,
    Cardinality cardinality,
    boolean premium) {
  public Relationship {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    targetTypes = List.copyOf(targetTypes);
    Objects.requireNonNull(cardinality, "cardinality");
  }
}
