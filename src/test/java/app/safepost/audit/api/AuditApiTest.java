package app.safepost.audit.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Api;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code GET /api/v1/audit/{entityType}/{id}} over real HTTP. */
@SafepostServerTest
class AuditApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private String pupilId() {
        return InSchool.jesseGray(
                jdbc,
                () -> jdbc.queryForObject(
                        "select id::text from pupil where not archived order by upn limit 1", String.class));
    }

    @Test
    void slt_read_a_pupils_history_oldest_first_with_names() {
        var id = pupilId();
        var firstName = InSchool.jesseGray(
                jdbc, () -> jdbc.queryForObject("select first_name from pupil where id = ?::uuid", String.class, id));

        var response = new Api(port).get("/api/v1/audit/pupil/" + id, "deputy");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .startsWith("[{\"revision\":")
                .contains(
                        "\"by\":\"system\"",
                        "\"type\":\"add\"",
                        "\"firstName\":{\"from\":null,\"to\":\"" + firstName + "\"}");
        assertThat(response.body())
                .contains(
                        "\"recordType\":\"Pupil\"",
                        "\"record\":\"Pupil " + firstName + " ",
                        "{\"field\":\"firstName\",\"label\":\"First name\",\"from\":\"(empty)\",\"to\":\"" + firstName
                                + "\"}");
        assertThat(response.body()).containsPattern("\"when\":\"\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}\"");
    }

    @Test
    void governors_get_the_same_history_with_pupil_names_hidden() {
        var id = pupilId();
        var firstName = InSchool.jesseGray(
                jdbc, () -> jdbc.queryForObject("select first_name from pupil where id = ?::uuid", String.class, id));
        var surname = InSchool.jesseGray(
                jdbc, () -> jdbc.queryForObject("select surname from pupil where id = ?::uuid", String.class, id));

        var response = new Api(port).get("/api/v1/audit/pupil/" + id, "governor");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"firstName\":{\"from\":null,\"to\":\"(hidden)\"}")
                .doesNotContain(firstName + "\"", surname + "\"", firstName + " ", firstName + ",")
                .contains(
                        "\"record\":\"Pupil " + firstName.charAt(0) + "." + surname.charAt(0) + ".,",
                        "\"label\":\"First name\",\"from\":\"(empty)\",\"to\":\"(hidden)\"");
    }

    @Test
    void an_unknown_type_or_record_is_a_404_problem() {
        var api = new Api(port);
        for (var path : new String[] {
            "/api/v1/audit/spaceship/" + pupilId(),
            "/api/v1/audit/pupil/not-an-id",
            "/api/v1/audit/pupil/00000000-0000-0000-0000-000000000000"
        }) {
            var response = api.get(path, "head");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
    }
}
