package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SafepostSsoServerTest;
import app.safepost.testing.TestKeycloak;
import app.safepost.testing.TestSchools;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** In single sign-on mode the API takes the realm's bearer tokens for this portal, and nothing else. */
@SafepostSsoServerTest
class BearerTokenApiTest {

    private final Api api = Api.withBearerTokens(SafepostSsoServerTest.PORT);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_token_from_keycloak_says_who_the_caller_is_with_their_roles_and_classes() {
        var response = api.get("/api/v1/me", DemoUsers.TA);

        var school = TestSchools.jesseGray(jdbc);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo("{\"username\":\"ta\",\"displayName\":\"Jo Marsh\","
                        + "\"roles\":[\"teaching-assistant\"],\"classes\":[\"Class 3\",\"Class 4\"],"
                        + "\"school\":{\"id\":\"" + school + "\",\"name\":\"Jesse Gray Primary School\"},"
                        + "\"schools\":[{\"id\":\"" + school + "\",\"name\":\"Jesse Gray Primary School\","
                        + "\"roles\":[\"teaching-assistant\"],\"classes\":[\"Class 3\",\"Class 4\"]}]}");
    }

    @Test
    void the_schools_claim_gives_the_trusts_teaching_assistant_both_schools_and_the_header_chooses_one() {
        var jesseGray = TestSchools.jesseGray(jdbc);
        var fenwickRoad = TestSchools.fenwickRoad(jdbc);

        var me = api.get("/api/v1/me", DemoUsers.MUSIC).body();
        assertThat(me)
                .contains("\"school\":null")
                .contains("{\"id\":\"" + fenwickRoad + "\",\"name\":\"Fenwick Road Primary School\","
                        + "\"roles\":[\"teaching-assistant\"],\"classes\":[\"Class 1\"]}")
                .contains("{\"id\":\"" + jesseGray + "\",\"name\":\"Jesse Gray Primary School\","
                        + "\"roles\":[\"teaching-assistant\"],\"classes\":[\"Class 2\"]}");
        assertThat(api.get("/api/v1/accounts", DemoUsers.MUSIC).statusCode()).isEqualTo(400);
        var inJesseGray = api.withSchool(user -> jesseGray.toString());
        assertThat(inJesseGray.get("/api/v1/accounts", DemoUsers.MUSIC).body()).contains("@JGP_Kingfishers");
    }

    @Test
    void trust_roles_come_from_realm_roles_and_hold_in_every_school() {
        var body = api.withSchool(user -> TestSchools.fenwickRoad(jdbc).toString())
                .get("/api/v1/me", DemoUsers.TRUST)
                .body();

        assertThat(body)
                .contains("\"roles\":[\"trust-dpo\",\"trust-leader\"]")
                .contains("\"name\":\"Fenwick Road Primary School\"},\"schools\":[");
    }

    @Test
    void the_head_teacher_also_holds_the_slt_role() {
        assertThat(api.get("/api/v1/me", DemoUsers.HEAD).body())
                .contains("\"roles\":[\"dpo\",\"dsl\",\"head-teacher\",\"slt\"]");
    }

    @Test
    void http_basic_is_not_accepted() {
        assertRefused(api.getWithAuthorization("/api/v1/me", Api.basic(DemoUsers.TEACHER, DemoUsers.PASSWORD)));
    }

    @Test
    void a_token_whose_claims_were_changed_is_refused() {
        var token = TestKeycloak.accessToken(DemoUsers.TEACHER);
        var parts = token.split("\\.");
        var claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        var forged = claims.replace("\"roles\":[\"teacher\"]", "\"roles\":[\"head-teacher\"]");
        assertThat(forged).isNotEqualTo(claims);
        var tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];

        assertRefused(api.getWithAuthorization("/api/v1/me", "Bearer " + tampered));
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        var token = TestKeycloak.accessToken(TestKeycloak.CLIENT_WITHOUT_AUDIENCE, DemoUsers.TEACHER);
        assertThat(String.valueOf(claims(token).get("aud"))).doesNotContain("safepost");

        assertRefused(api.getWithAuthorization("/api/v1/me", "Bearer " + token));
    }

    @Test
    void an_expired_token_is_refused() throws InterruptedException {
        var token = TestKeycloak.accessToken(TestKeycloak.SHORT_LIVED_CLIENT, DemoUsers.TEACHER);
        var claims = claims(token);
        long expires = ((Number) claims.get("exp")).longValue();
        assertThat(expires - ((Number) claims.get("iat")).longValue()).isEqualTo(TestKeycloak.SHORT_LIFESPAN_SECONDS);
        assertThat(api.getWithAuthorization("/api/v1/me", "Bearer " + token).statusCode())
                .as("accepted while fresh")
                .isEqualTo(200);

        // Past its expiry and the portal's 1 s allowance for clock differences.
        Thread.sleep(Math.max(0, (expires + 2) * 1000 - System.currentTimeMillis()));

        assertRefused(api.getWithAuthorization("/api/v1/me", "Bearer " + token));
    }

    @Test
    void something_that_is_not_a_token_is_refused() {
        assertRefused(api.getWithAuthorization("/api/v1/me", "Bearer not-a-token"));
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(header -> assertThat(header).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401").doesNotContain("Exception");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(String token) {
        return JsonMapper.builder().build().readValue(Base64.getUrlDecoder().decode(token.split("\\.")[1]), Map.class);
    }
}
