package io.vtsql.simulator.corpus;

/** Whether a relationship points at one object (1:1) or at a pageable list (1:N). */
public enum Cardinality {
  ONE,
  MANY;

  /** The lower-case name served by {@code /metadata}. */
  public String label() {
    return this == ONE ? "one" : "many";
  }
}
