package io.vtsql.adapter.exec;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.vtsql.adapter.VtQueryException;
import io.vtsql.adapter.catalog.Privilege;
import io.vtsql.client.VtClient;
import io.vtsql.client.VtObject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The grants of a {@code tier=auto} connection: learned on first need from one {@code GET
 * /users/{vtUser}} (the key's own user object lists its {@code privileges},
 * pw_user_get_pii_replaced.yml) and kept for the connection. Only a privilege the user lists as not
 * granted refuses a statement; a name missing from the list leaves the decision to VirusTotal's
 * 403. The key itself is never used as the id: VirusTotal accepts it there, but vtsql never puts a
 * key in a URL.
 */
public final class LearnedGrants implements Supplier<Grants> {
  /**
   * The privilege names of each add-on licence; the licence is refused only when every name the
   * user lists is not granted (retrohunt comes in tiers). Livehunt has none: "vtalerts" may name
   * Livehunt (formerly VT Hunting alerts) or the separate VT Alerts product, so a Livehunt
   * statement is never refused on it and VirusTotal's 403 decides.
   */
  private static final Map<Privilege, List<String>> NAMES =
      Map.of(
          Privilege.LIVEHUNT, List.of(),
          Privilege.RETROHUNT, List.of("retrohunt-tier-1", "retrohunt-tier-2", "retrohunt-tier-3"),
          Privilege.PRIVATE_SCANNING, List.of("private"),
          Privilege.MONITOR, List.of("monitor"));

  private final VtClient client;
  private final String vtUser;
  private Grants grants;

  /** Grants read through {@code client} from the user {@code vtUser}, on first need. */
  public LearnedGrants(VtClient client, String vtUser) {
    this.client = requireNonNull(client, "client");
    this.vtUser = requireNonNull(vtUser, "vtUser");
  }

  /** The grants, requesting the user object the first time (a failed request is tried again). */
  @Override
  public synchronized Grants get() {
    if (grants == null) {
      final Optional<VtObject> user = client.findObject("users", vtUser);
      // The object cache keeps the user, so my_privileges (read from it) needs no second GET.
      user.ifPresent(u -> ClientServices.objects(client).ifPresent(c -> c.put(u)));
      grants = fromUser(user);
    }
    return grants;
  }

  private Grants fromUser(Optional<VtObject> user) {
    final JsonNode privileges =
        user.orElseThrow(
                () ->
                    new VtQueryException(
                        "tier=auto: VirusTotal has no user '"
                            + vtUser
                            + "' (connection property vtUser); set vtUser to the username of"
                            + " the key's own user"))
            .attributes()
            .get("privileges");
    if (privileges == null || !privileges.isObject()) {
      throw new VtQueryException(
          "tier=auto: GET /users/"
              + vtUser
              + " lists no privileges, so vtUser names another user than the key's own;"
              + " set vtUser to the username of the key's own user");
    }
    final Set<Privilege> addOns = EnumSet.noneOf(Privilege.class);
    NAMES.forEach(
        (privilege, names) -> {
          if (!refused(privileges, names)) {
            addOns.add(privilege);
          }
        });
    return Grants.learned(addOns, "tier=auto (privileges of user " + vtUser + ")");
  }

  /** Whether the user lists at least one of the names and grants none of them. */
  private static boolean refused(JsonNode privileges, List<String> names) {
    boolean listed = false;
    for (String name : names) {
      final JsonNode p = privileges.get(name);
      if (p != null && p.has("granted")) {
        listed = true;
        if (p.get("granted").asBoolean()) {
          return false;
        }
      }
    }
    return listed;
  }

  @Override
  public String toString() {
    return "tier=auto (vtUser=" + vtUser + ")";
  }
}
