package io.vtsql.simulator;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who an accepted API key belongs to: the user id its own objects are owned by, the label requests
 * are counted under (never the key), its tier and the products it is licensed for.
 */
public record Account(String userId, String label, Tier tier, Set<Licence> licences) {
  public Account {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(tier, "tier");
    licences = licences.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(licences));
  }

  /** Whether the key may use {@code licence}. */
  public boolean has(Licence licence) {
    return licences.contains(licence);
  }

  /** A key added by configuration: premium keys hold every licence, public keys none. */
  static Account configured(String label, Tier tier) {
    return new Account(
        "user_" + label.replace('-', '_'),
        label,
        tier,
        tier == Tier.PREMIUM ? EnumSet.allOf(Licence.class) : Set.of());
  }
}
