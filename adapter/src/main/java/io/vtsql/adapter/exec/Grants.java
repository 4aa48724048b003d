package io.vtsql.adapter.exec;

import io.vtsql.adapter.catalog.Privilege;
import io.vtsql.client.VtForbiddenException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The privileges a connection's key is known to have, and how that is known (its {@code tier} and
 * {@code licences} settings): a statement needing anything else fails before any request.
 *
 * @param granted the privileges the key has
 * @param source how they are known, e.g. {@code tier=public}, for messages
 * @param fromSettings whether the {@code licences} setting decides them (so a message can say what
 *     to add), or the key's user object does ({@code tier=auto})
 */
public record Grants(Set<Privilege> granted, String source, boolean fromSettings) {
  public Grants {
    granted = Collections.unmodifiableSet(EnumSet.copyOf(granted));
  }

  /** A public key: only what any key may read. */
  public static Grants publicKey() {
    return new Grants(EnumSet.of(Privilege.PUBLIC), "tier=public", true);
  }

  /**
   * A premium key with the given add-on licences; {@code source} names the setting they came from.
   */
  public static Grants premium(Set<Privilege> addOns, String source) {
    final EnumSet<Privilege> all = EnumSet.of(Privilege.PUBLIC, Privilege.PREMIUM);
    all.addAll(addOns);
    return new Grants(all, source, true);
  }

  /**
   * What the key's user object says ({@code tier=auto}): a premium key with every add-on licence
   * the user does not list as not granted.
   */
  public static Grants learned(Set<Privilege> addOns, String source) {
    final EnumSet<Privilege> all = EnumSet.of(Privilege.PUBLIC, Privilege.PREMIUM);
    all.addAll(addOns);
    return new Grants(all, source, false);
  }

  /** A premium key assumed to hold every licence (VirusTotal itself refuses what it lacks). */
  public static Grants premiumAll() {
    return premium(EnumSet.allOf(Privilege.class), "tier=premium");
  }

  /** Whether the key has {@code privilege}. */
  public boolean has(Privilege privilege) {
    return granted.contains(privilege);
  }

  /**
   * Fails, before any request, when the key lacks {@code privilege}.
   *
   * @param what the statement's subject, e.g. {@code vt.hunting_rulesets}
   * @param path the endpoint it would call, for the exception
   */
  public void require(Privilege privilege, String what, String path) {
    if (!has(privilege)) {
      throw new VtForbiddenException("ForbiddenError", 0, path, missing(privilege, what));
    }
  }

  /** The one-line message for a statement on {@code what} that needs {@code privilege}. */
  public String missing(Privilege privilege, String what) {
    return what
        + " needs "
        + privilege.licence()
        + "; the connection is configured with "
        + source
        + ", so no request was sent."
        + (privilege.addOn() && fromSettings
            ? " If the key has it, add "
                + privilege.settingName()
                + " to the licences setting (licences="
                + settingNames()
                + ")"
            : "");
  }

  /**
   * VirusTotal's 403 to a call that an add-on licence gates, reworded to name the licence {@code
   * what} needs; any other refusal is returned unchanged.
   */
  public static VtForbiddenException refused(
      VtForbiddenException e, Privilege privilege, String what) {
    if (!privilege.addOn()) {
      return e;
    }
    return new VtForbiddenException(
        e.code(),
        e.httpStatus(),
        e.path(),
        what + " needs " + privilege.licence() + "; this key was refused: " + e.detail());
  }

  /** The add-on licences granted, as the {@code licences} setting would list them. */
  private String settingNames() {
    final String names =
        granted.stream()
            .filter(Privilege::addOn)
            .map(Privilege::settingName)
            .collect(Collectors.joining(","));
    return names.isEmpty() ? "<licence>" : names + ",<licence>";
  }
}
