package io.vtsql.adapter.catalog;

import java.util.Locale;

/**
 * What an API key needs to read a table, relationship or endpoint: the premium API, or one of the
 * products VirusTotal licenses on top of it.
 */
public enum Privilege {
  /** Any key, public ones included. */
  PUBLIC("any VirusTotal API key"),
  /** A premium key (VT Enterprise / Google Threat Intelligence). */
  PREMIUM("a VirusTotal premium API key (VT Enterprise / Google Threat Intelligence privileges)"),
  /** Livehunt: hunting rulesets, their notifications and the IoC stream. */
  LIVEHUNT("a Livehunt licence (VT Hunting)"),
  /** Retrohunt: YARA scans of VirusTotal's past files. */
  RETROHUNT("a Retrohunt licence (VT Hunting)"),
  /** Private Scanning: files and URLs analysed without sharing them. */
  PRIVATE_SCANNING("a Private Scanning licence"),
  /** VirusTotal Monitor: a software vendor's own files and their detections. */
  MONITOR("a VirusTotal Monitor licence");

  private final String licence;

  Privilege(String licence) {
    this.licence = licence;
  }

  /** The licence in words, for error messages ("needs a Livehunt licence"). */
  public String licence() {
    return licence;
  }

  /** The name used in the {@code licences} connection setting, e.g. {@code private_scanning}. */
  public String settingName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the privilege is a product licensed on top of the premium API. */
  public boolean addOn() {
    return ordinal() > PREMIUM.ordinal();
  }
}
