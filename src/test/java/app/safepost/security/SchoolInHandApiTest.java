package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SafepostServerTest;
import app.safepost.testing.TestSchools;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The school in hand of an API call: the {@code Safepost-School} header, or the caller's only school.
 * The trust's teaching assistant works in both demo schools; Jesse Gray's class 3 teacher in one.
 */
@SafepostServerTest
class SchoolInHandApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Api inSchool(String school) {
        return new Api(port).withSchool(user -> school);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.readValue(response.body(), Map.class);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detailPart) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response)).containsEntry("status", status);
        assertThat((String) json(response).get("detail")).contains(detailPart);
    }

    @Test
    void a_caller_in_several_schools_who_names_none_gets_400_naming_the_header() {
        var response = new Api(port).get("/api/v1/accounts", DemoUsers.MUSIC);

        assertProblem(response, 400, "Safepost-School");
    }

    @Test
    void the_header_puts_one_of_the_callers_schools_in_hand() {
        var jesseGray = TestSchools.jesseGray(jdbc).toString();

        var accounts = inSchool(jesseGray).get("/api/v1/accounts", DemoUsers.MUSIC);
        var me = json(inSchool(jesseGray).get("/api/v1/me", DemoUsers.MUSIC));

        assertThat(accounts.statusCode()).isEqualTo(200);
        assertThat(accounts.body()).as("Jesse Gray's Class 2 account").contains("@JGP_Kingfishers");
        assertThat(me.get("school")).isEqualTo(Map.of("id", jesseGray, "name", "Jesse Gray Primary School"));
        assertThat(me.get("roles")).isEqualTo(List.of("teaching-assistant"));
    }

    @Test
    void a_caller_in_one_school_needs_no_header_and_may_name_their_school() {
        var jesseGray = TestSchools.jesseGray(jdbc).toString();

        assertThat(new Api(port).get("/api/v1/accounts", DemoUsers.TEACHER).statusCode())
                .isEqualTo(200);
        assertThat(inSchool(jesseGray)
                        .get("/api/v1/accounts", DemoUsers.TEACHER)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_school_the_caller_holds_no_role_in_and_one_that_does_not_exist_are_refused_alike() {
        var fenwickRoad = inSchool(TestSchools.fenwickRoad(jdbc).toString()).get("/api/v1/accounts", DemoUsers.TEACHER);
        var nowhere = inSchool(UUID.randomUUID().toString()).get("/api/v1/accounts", DemoUsers.TEACHER);

        assertProblem(fenwickRoad, 403, "no role in the school");
        assertProblem(nowhere, 403, "no role in the school");
        assertThat(json(nowhere)).isEqualTo(json(fenwickRoad));
    }

    @Test
    void a_header_that_is_not_a_school_id_is_400() {
        assertProblem(inSchool("Jesse Gray").get("/api/v1/me", DemoUsers.TEACHER), 400, "Safepost-School");
    }

    @Test
    void me_needs_no_header_and_lists_every_school_of_a_caller_in_several_with_none_in_hand() {
        var jesseGray = TestSchools.jesseGray(jdbc).toString();
        var fenwickRoad = TestSchools.fenwickRoad(jdbc).toString();

        var response = new Api(port).get("/api/v1/me", DemoUsers.MUSIC);

        assertThat(response.statusCode()).isEqualTo(200);
        var me = json(response);
        assertThat(me)
                .containsEntry("username", "music")
                .containsEntry("school", null)
                .containsEntry("roles", List.of())
                .containsEntry("classes", List.of());
        assertThat(me.get("schools"))
                .isEqualTo(List.of(
                        Map.of(
                                "id",
                                fenwickRoad,
                                "name",
                                "Fenwick Road Primary School",
                                "roles",
                                List.of("teaching-assistant"),
                                "classes",
                                List.of("Class 1")),
                        Map.of(
                                "id",
                                jesseGray,
                                "name",
                                "Jesse Gray Primary School",
                                "roles",
                                List.of("teaching-assistant"),
                                "classes",
                                List.of("Class 2"))));
    }

    @Test
    void trust_roles_hold_in_every_school_and_never_reach_the_roster() {
        var fenwickRoad = TestSchools.fenwickRoad(jdbc).toString();

        var me = json(inSchool(fenwickRoad).get("/api/v1/me", DemoUsers.TRUST));
        var roster = inSchool(TestSchools.jesseGray(jdbc).toString()).get("/api/v1/pupils", DemoUsers.TRUST);

        assertThat(me.get("school")).isEqualTo(Map.of("id", fenwickRoad, "name", "Fenwick Road Primary School"));
        assertThat(me.get("roles")).isEqualTo(List.of("trust-dpo", "trust-leader"));
        assertThat((List<?>) me.get("schools"))
                .hasSize(2)
                .allSatisfy(school ->
                        assertThat(((Map<?, ?>) school).get("roles")).isEqualTo(List.of("trust-dpo", "trust-leader")));
        assertThat(roster.statusCode()).isEqualTo(403);
    }

    @Test
    void a_path_no_endpoint_serves_is_404_without_the_header_too() {
        var response = new Api(port).get("/api/v1/no-such-thing", DemoUsers.MUSIC);

        assertThat(response.statusCode()).isEqualTo(404);
    }
}
