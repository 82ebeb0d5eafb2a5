package app.safepost.trust;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.security.SchoolId;
import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.TestSchools;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/trust/schools} for the trust's roles, and the roster closed to them in every school. */
@TrustPortal
class TrustApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_trust_reads_every_schools_figures_without_naming_a_school() {
        var response = new Api(port).get("/api/v1/trust/schools", DemoUsers.TRUST);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var schools = JSON.readTree(response.body());
        var fenwickRoad = find(schools, "990002");
        assertThat(fenwickRoad.get("id").asString())
                .isEqualTo(TestSchools.fenwickRoad(jdbc).toString());
        assertThat(fenwickRoad.get("name").asString()).isEqualTo("Fenwick Road Primary School");
        assertThat(fenwickRoad.get("policyReviewsOverdue").asLong()).isEqualTo(1);
        for (var field : List.of(
                "draftsWaiting",
                "oldestWaitingSince",
                "incidentsOpen",
                "incidentsSerious",
                "policyReviewsDue",
                "consentsExpiring",
                "failedPublications",
                "integrity")) {
            assertThat(fenwickRoad.has(field)).as(field).isTrue();
        }
        assertThat(find(schools, "990001").get("name").asString()).isEqualTo("Jesse Gray Primary School");
    }

    @Test
    void everyone_else_gets_403_problems() {
        var api = new Api(port)
                .withSchool(user -> DemoUsers.TRUST_PEOPLE.contains(user)
                        ? TestSchools.jesseGray(jdbc).toString()
                        : null);
        for (var user : DemoUsers.EVERYONE) {
            if (user.equals(DemoUsers.TRUST)) {
                continue;
            }
            var response = api.get("/api/v1/trust/schools", user);
            assertThat(response.statusCode()).as(user).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(user)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void the_trust_gets_403_on_the_roster_in_either_school() {
        for (SchoolId school : List.of(TestSchools.jesseGray(jdbc), TestSchools.fenwickRoad(jdbc))) {
            var api = new Api(port).withSchool(user -> school.toString());
            assertThat(api.get("/api/v1/pupils", DemoUsers.TRUST).statusCode())
                    .as(school.toString())
                    .isEqualTo(403);
            assertThat(api.get("/api/v1/pupils/J820300120086/consents", DemoUsers.TRUST)
                            .statusCode())
                    .as(school.toString())
                    .isEqualTo(403);
        }
    }

    private static JsonNode find(JsonNode schools, String urn) {
        for (var school : schools) {
            if (urn.equals(school.get("urn").asString())) {
                return school;
            }
        }
        throw new AssertionError("No school " + urn + " in " + schools);
    }
}
