package io.vtsql.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vtsql.adapter.catalog.Privilege;
import io.vtsql.adapter.exec.Grants;
import io.vtsql.adapter.pushdown.OperandValues;
import io.vtsql.client.VtForbiddenException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code licences} setting and the grants it gives a connection. */
class LicencesSettingTest {
  @Test
  void licencesParseNamesAllAndNone() {
    assertEquals(
        EnumSet.of(Privilege.LIVEHUNT, Privilege.PRIVATE_SCANNING),
        OperandValues.licences("licences", " Livehunt , private_scanning"));
    assertEquals(Set.of(), OperandValues.licences("licences", "none"));
    assertEquals(
        EnumSet.of(
            Privilege.LIVEHUNT, Privilege.RETROHUNT, Privilege.PRIVATE_SCANNING, Privilege.MONITOR),
        OperandValues.licences("licences", "ALL"));
    final IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> OperandValues.licences("licences", "livehunt,premium"));
    assertEquals(
        "vt connection property licences='livehunt,premium' is invalid: expected none, all, or a"
            + " comma-separated list of livehunt, monitor, private_scanning, retrohunt",
        e.getMessage());
  }

  @Test
  void grantsRefuseWhatTheSettingLeavesOut() {
    final Grants grants = Grants.premium(EnumSet.of(Privilege.RETROHUNT), "licences=retrohunt");
    assertTrue(grants.has(Privilege.PUBLIC));
    assertTrue(grants.has(Privilege.PREMIUM));
    assertTrue(grants.has(Privilege.RETROHUNT));
    assertFalse(grants.has(Privilege.LIVEHUNT));
    final VtForbiddenException e =
        assertThrows(
            VtForbiddenException.class,
            () ->
                grants.require(
                    Privilege.LIVEHUNT, "vt.hunting_rulesets", "/intelligence/hunting_rulesets"));
    assertEquals(
        "vt.hunting_rulesets needs a Livehunt licence (VT Hunting); the connection is configured"
            + " with licences=retrohunt, so no request was sent. If the key has it, add livehunt"
            + " to the licences setting (licences=retrohunt,<licence>)",
        e.detail());
    assertFalse(Grants.publicKey().has(Privilege.PREMIUM));
    assertTrue(Grants.premiumAll().has(Privilege.MONITOR));
  }

  @Test
  void licencesNeedAPremiumTier() {
    final IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                VtSettings.backend(
                    java.util.Map.of(
                        "apiKey", "k".repeat(64), "tier", "public", "licences", "livehunt")));
    assertEquals(
        "vt schema: licences applies to premium keys only; remove it or set tier=premium",
        e.getMessage());
  }
}
