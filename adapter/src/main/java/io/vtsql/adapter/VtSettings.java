package io.vtsql.adapter;

import io.vtsql.adapter.exec.ClientServices;
import io.vtsql.adapter.exec.Grants;
import io.vtsql.adapter.exec.LearnedGrants;
import io.vtsql.adapter.exec.StatementLog;
import io.vtsql.adapter.pushdown.ClientOperands;
import io.vtsql.adapter.pushdown.OperandValues;
import io.vtsql.client.VtClient;
import io.vtsql.client.VtClients;
import io.vtsql.client.VtTier;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads connection settings from model operands (the {@code jdbc:vt:} driver passes its properties
 * the same way) and builds the schema's {@link VtBackend}:
 *
 * <ul>
 *   <li>{@code apiKey} (required), {@code baseUrl} (default {@link VtClient#DEFAULT_BASE_URL});
 *   <li>{@code pushdown}: {@code true} (default) or {@code false} to filter, sort and limit
 *       everything locally over {@code entity:X} (this also lifts the unbounded-search guard);
 *   <li>{@code maxRequests}: most requests one statement may send, default 1000;
 *   <li>{@code fanOut}: most point-lookup GETs, and relationship calls, of one scan in flight at
 *       once, default 4, at most 32;
 *   <li>{@code licences}: the add-on products a premium key holds ({@code all}, the default, {@code
 *       none}, or a list such as {@code livehunt,retrohunt}); a statement on a table that needs
 *       another fails before any request;
 *   <li>{@code vtUser}: the username of the key's own user, for the {@code my_*} tables and {@code
 *       tier=auto}, which learns the key's licences from {@code GET /users/{vtUser}} once per
 *       connection (the key is never put in a URL, so the user must be named);
 *   <li>client pipeline settings (cache, rate limit, retries, timeouts), listed and parsed by
 *       {@link ClientOperands}; an unknown property name is an error.
 * </ul>
 *
 * Clients come from {@link VtClients}, shared per key, base URL and settings.
 */
public final class VtSettings {
  /** Default per-statement request budget. */
  static final int DEFAULT_MAX_REQUESTS = 1000;

  private VtSettings() {}

  /** Reads operands; throws IllegalArgumentException naming a bad operand (never the key). */
  static VtBackend backend(Map<String, Object> operand) {
    final ClientOperands operands = new ClientOperands(operand);
    final VtClient client = VtClients.acquire(operands.builder());
    ClientServices.attach(client, operands);
    final String pushdown = operands.text("pushdown");
    final String max = operands.text("maxRequests");
    final String fanOut = operands.text("fanOut");
    return new VtBackend(
        client,
        pushdown == null || OperandValues.bool("pushdown", pushdown),
        max == null ? DEFAULT_MAX_REQUESTS : OperandValues.positiveInt("maxRequests", max),
        fanOut == null ? VtBackend.DEFAULT_FAN_OUT : OperandValues.positiveInt("fanOut", fanOut),
        grantSource(client, operands),
        operands.text("vtUser"),
        new StatementLog(Clock.systemUTC()));
  }

  /** The grants of the settings, or those a {@code tier=auto} connection learns on first need. */
  private static Supplier<Grants> grantSource(VtClient client, ClientOperands operands) {
    final String vtUser = operands.text("vtUser");
    if (!operands.autoTier()) {
      final Grants grants = grants(client, operands.text("licences"));
      return () -> grants;
    }
    if (vtUser == null || vtUser.isEmpty()) {
      throw new IllegalArgumentException(
          "vt connection property tier=auto needs vtUser, the username of the key's own user:"
              + " vtsql reads the key's privileges from GET /users/{vtUser} and never puts the"
              + " key in a URL");
    }
    if (operands.text("licences") != null) {
      throw new IllegalArgumentException(
          "vt connection property licences does not apply with tier=auto, which reads the"
              + " licences from the key's user; remove one of them");
    }
    return new LearnedGrants(client, vtUser);
  }

  /** What the key may read: its tier, narrowed by the {@code licences} setting. */
  private static Grants grants(VtClient client, String licences) {
    if (client.tier() == VtTier.PUBLIC) {
      if (licences != null) {
        throw new IllegalArgumentException(
            "vt schema: licences applies to premium keys only; remove it or set tier=premium");
      }
      return Grants.publicKey();
    }
    return licences == null
        ? Grants.premiumAll()
        : Grants.premium(
            OperandValues.licences("licences", licences), "licences=" + licences.trim());
  }
}
