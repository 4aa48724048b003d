package io.vtsql.adapter.catalog;

/** What an API key needs to read a table, relationship or endpoint. */
public enum Privilege {
  /** Any key, public ones included. */
  PUBLIC,
  /** A premium key (VT Enterprise / Google Threat Intelligence). */
  PREMIUM
}
