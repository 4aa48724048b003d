package io.vtsql.simulator;

/** The privilege level of an API key: public keys are quota-limited and see no premium data. */
public enum Tier {
  PUBLIC,
  PREMIUM
}
