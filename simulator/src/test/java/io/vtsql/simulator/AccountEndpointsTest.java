package io.vtsql.simulator;

import static io.vtsql.simulator.ApiEnvelopeTest.assertError;
import static io.vtsql.simulator.ApiEnvelopeTest.fieldNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Users, groups and service accounts: a user's own view (its key included, as VirusTotal shows it),
 * the public view of others (vx_graph_owner_user_1to1.yml), 403 for another user's quotas and
 * usage, 404 for unknown ids, quotas that move with requests, and api_usage's 30-day window.
 */
class AccountEndpointsTest {
  private static VtSimulator sim;

  @BeforeAll
  static void start() throws Exception {
    sim = VtSimulator.start(SimulatorConfig.builder().scale(200).build());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.requests().reset();
  }

  private static JsonNode get(String path, String key) {
    Http.Response r = Http.get(sim.baseUrl() + path, key);
    assertEquals(200, r.status(), r.body());
    return r.json();
  }

  @Test
  void ownAndPublicViews() {
    JsonNode own = get("/users/demo_basic", sim.basicKey()).get("data");
    assertEquals("user", own.get("type").asText());
    assertEquals(sim.basicKey(), own.path("attributes").path("apikey").asText());
    assertFalse(
        own.path("attributes").path("privileges").path("vtalerts").path("granted").asBoolean());
    JsonNode other = get("/users/demo_analyst", sim.basicKey()).get("data").get("attributes");
    assertEquals(
        Set.of("first_name", "last_name", "profile_phrase", "reputation", "status", "user_since"),
        fieldNames(other));
    JsonNode member = get("/users/demo_basic", sim.premiumKey()).get("data").get("attributes");
    assertTrue(member.has("email") && member.has("quotas"), "the group admin sees more");
    assertFalse(member.has("apikey") || member.has("privileges"), member.toString());
  }

  @Test
  void forbiddenAndUnknown() {
    String msg = "You are not authorized to perform the requested operation";
    assertError(
        Http.get(sim.baseUrl() + "/users/demo_analyst/overall_quotas", sim.basicKey()),
        403,
        "ForbiddenError",
        msg);
    assertError(
        Http.get(sim.baseUrl() + "/users/demo_analyst/groups", sim.basicKey()),
        403,
        "ForbiddenError",
        msg);
    assertError(
        Http.get(sim.baseUrl() + "/groups/demo_group/users", sim.publicKey()),
        403,
        "ForbiddenError",
        msg);
    assertError(
        Http.get(sim.baseUrl() + "/service_accounts/demo_service", sim.basicKey()),
        403,
        "ForbiddenError",
        msg);
    assertError(
        Http.get(sim.baseUrl() + "/users/nobody", sim.premiumKey()),
        404,
        "NotFoundError",
        "User \"nobody\" not found");
    assertError(
        Http.get(sim.baseUrl() + "/groups/nobody", sim.premiumKey()),
        404,
        "NotFoundError",
        "Group \"nobody\" not found");
  }

  @Test
  void quotasMoveWithRequests() throws Exception {
    long first =
        get("/users/demo_analyst/overall_quotas", sim.premiumKey())
            .at("/data/api_requests_daily/user/used")
            .asLong();
    get("/users/demo_basic", sim.premiumKey());
    JsonNode later = get("/users/demo_analyst/overall_quotas", sim.premiumKey()).get("data");
    assertEquals(first + 2, later.at("/api_requests_daily/user/used").asLong());
    assertEquals("demo_group", later.at("/api_requests_daily/group/inherited_from").asText());
    assertEquals(
        later.at("/api_requests_daily/user/used").asLong(),
        later.at("/api_requests_daily/group/used").asLong(),
        "only demo_analyst has sent requests since the reset");
  }

  @Test
  void apiUsagePerDayWithinThirtyDays() {
    DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    get("/users/demo_basic", sim.basicKey());
    JsonNode usage =
        get(
                "/users/demo_basic/api_usage?start_date="
                    + day.format(today.minusDays(29))
                    + "&end_date="
                    + day.format(today),
                sim.basicKey())
            .get("data");
    assertEquals(1, usage.at("/daily/" + today + "/users").asLong());
    assertEquals(1, usage.at("/total/users").asLong());
    assertError(
        Http.get(
            sim.baseUrl()
                + "/users/demo_basic/api_usage?start_date="
                + day.format(today.minusDays(30))
                + "&end_date="
                + day.format(today),
            sim.basicKey()),
        400,
        "BadRequestError",
        "The maximum window between start_date and end_date is 30 days");
  }

  @Test
  void groupRelationships() {
    JsonNode users = get("/groups/demo_group/relationships/users", sim.basicKey());
    assertEquals(2, users.at("/meta/count").asInt());
    assertEquals(Set.of("type", "id", "links"), fieldNames(users.at("/data/0")));
    JsonNode admins = get("/groups/demo_group/administrators", sim.basicKey());
    assertEquals("demo_analyst", admins.at("/data/0/id").asText());
    JsonNode accounts = get("/groups/demo_group/service_accounts", sim.premiumKey());
    assertEquals("service_account", accounts.at("/data/0/type").asText());
  }
}
