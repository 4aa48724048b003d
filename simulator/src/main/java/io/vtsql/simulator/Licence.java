package io.vtsql.simulator;

/**
 * A product licensed on top of an API key, named as {@code GET /users/{id}} lists it under {@code
 * privileges} (pw_user_get_pii_replaced.yml). Which privilege gates which endpoint is the
 * simulator's own reading of the documentation.
 */
public enum Licence {
  /** VirusTotal Intelligence: search and downloads. */
  INTELLIGENCE("intelligence"),
  /** Livehunt rulesets, notifications and the IoC stream (VT Hunting, formerly VT Alerts). */
  LIVEHUNT("vtalerts"),
  /** Retrohunt jobs. */
  RETROHUNT("retrohunt-tier-1"),
  /** Private Scanning. */
  PRIVATE_SCANNING("private"),
  /** VirusTotal Monitor. */
  MONITOR("monitor"),
  /** The VT Augment widget. */
  WIDGET("widget");

  private final String privilege;

  Licence(String privilege) {
    this.privilege = privilege;
  }

  /** The key under {@code privileges} in a user object. */
  public String privilege() {
    return privilege;
  }
}
