package app.safepost.pupils.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.common.SchoolTime;
import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.RosterFixture;
import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consent per purpose through the API: the roster import's consent columns, {@code GET
 * /api/v1/pupils/{upn}/consents} and {@code PUT /api/v1/pupils/{upn}/never-publish}, with
 * problem+json for bad input that changes nothing.
 */
@SafepostServerTest
class PupilConsentApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UPN = RosterFixture.TEST_UPN;

    @LocalServerPort
    int port;

    @Autowired
    PupilRoster roster;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void restoreTheDemoRoster() {
        RosterFixture.restoreDemoRoster(roster, jdbc);
    }

    private Api api() {
        return new Api(port);
    }

    /** The demo roster in the per-purpose format (its single consent in both social-media columns), and one more line. */
    private HttpResponse<String> importRoster(String header, String line) {
        var demo = RosterFixture.demoCsv();
        var rows = demo.substring(demo.indexOf('\n') + 1)
                .lines()
                .map(row -> {
                    var cells = row.split(",", -1);
                    return String.join(
                            ",", cells[0], cells[1], cells[2], cells[3], cells[4], cells[6], cells[5], cells[5], "", "",
                            "", "");
                })
                .toList();
        var csv = header + "\n" + String.join("\n", rows) + "\n" + line + "\n";
        return api().send("PUT", "/api/v1/pupils", DemoUsers.OFFICE, "text/csv", csv);
    }

    private static final String HEADER = "upn,first_name,surname,preferred_name,class,consent_recorded_on,"
            + "consent_class-social,consent_school-social,consent_website,consent_print,consent_expires_on,parent_email";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.readValue(response.body(), Map.class);
    }

    @Test
    void the_import_takes_a_column_per_purpose_an_expiry_and_parents_addresses_and_the_api_reads_them_back() {
        var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        var given = today.minusDays(60);
        var imported = importRoster(
                HEADER,
                UPN + ",Amira,Testing,,Class 3," + given + ",yes,yes,no,," + today.minusDays(1) + ",mum@example.org");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"created\":1");

        var answer = api().get("/api/v1/pupils/" + UPN + "/consents", DemoUsers.OFFICE);

        assertThat(answer.statusCode()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var purposes = (Map<String, Map<String, Object>>) json(answer).get("purposes");
        assertThat(purposes.get("class-social"))
                .containsEntry("consent", "expired")
                .containsEntry("recordedOn", given.toString())
                .containsEntry("expiresOn", today.minusDays(1).toString())
                .containsEntry("source", "mis-import");
        assertThat(purposes.get("website")).containsEntry("consent", "no").containsEntry("expiresOn", null);
        assertThat(purposes.get("print"))
                .containsEntry("consent", "not-asked")
                .containsEntry("recordedOn", null)
                .containsEntry("source", null);
        assertThat(purposes.get("press")).containsEntry("consent", "not-asked");
        assertThat(json(answer)).containsEntry("neverPublish", false);
        assertThat(InSchool.jesseGray(
                        jdbc,
                        () -> jdbc.queryForObject("select parent_emails from pupil where upn = ?", String.class, UPN)))
                .isEqualTo("mum@example.org");
    }

    @Test
    void a_yes_without_an_expiry_holds_and_a_file_with_only_image_consent_sets_both_social_media_purposes() {
        var demo = RosterFixture.demoCsv();
        var imported = api().send(
                        "PUT",
                        "/api/v1/pupils",
                        DemoUsers.OFFICE,
                        "text/csv",
                        demo + UPN + ",Amira,Testing,,Class 3,yes,2026-09-03\r\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        @SuppressWarnings("unchecked")
        var purposes = (Map<String, Map<String, Object>>)
                json(api().get("/api/v1/pupils/" + UPN + "/consents", DemoUsers.DEPUTY))
                        .get("purposes");
        assertThat(purposes.get("class-social")).containsEntry("consent", "yes").containsEntry("expiresOn", null);
        assertThat(purposes.get("school-social")).containsEntry("consent", "yes");
        assertThat(purposes.get("website")).containsEntry("consent", "not-asked");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            an unknown purpose column | upn,first_name,surname,preferred_name,class,consent_recorded_on,consent_tiktok | consent_tiktok
            an expiry before the day given | upn,first_name,surname,preferred_name,class,consent_recorded_on,consent_press,consent_expires_on | consent_expires_on
            """)
    void a_bad_consent_column_is_a_problem_and_imports_nothing(String what, String header, String column) {
        var line = header.endsWith("consent_tiktok")
                ? UPN + ",Amira,Testing,,Class 3,2026-09-03,yes"
                : UPN + ",Amira,Testing,,Class 3,2026-09-03,yes,2026-09-01";

        var answer = api().send("PUT", "/api/v1/pupils", DemoUsers.OFFICE, "text/csv", header + "\n" + line + "\n");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"column\":\"" + column + "\"");
        assertThat(InSchool.jesseGray(
                        jdbc, () -> jdbc.queryForObject("select count(*) from pupil where upn = ?", Long.class, UPN)))
                .isZero();
    }

    @Test
    void an_unknown_pupil_is_404_problem_json() {
        var consents = api().get("/api/v1/pupils/J999999999999/consents", DemoUsers.OFFICE);
        var flag = api().send(
                        "PUT",
                        "/api/v1/pupils/J999999999999/never-publish",
                        DemoUsers.HEAD,
                        "application/json",
                        "{\"neverPublish\":true,\"reason\":\"Court order.\"}");

        for (var answer : new HttpResponse[] {consents, flag}) {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat((String) answer.body()).contains("/problems/unknown-pupil");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            no reason            | `{"neverPublish":true}`                | reason
            an empty reason      | `{"neverPublish":true,"reason":"  "}`  | reason
            a reason too long    | LONG                                   | reason
            no flag              | `{"reason":"Court order."}`            | neverPublish
            """)
    void a_never_publish_request_without_what_it_needs_is_400_and_changes_nothing(
            String what, String body, String field) {
        var sent = body.equals("LONG") ? "{\"neverPublish\":true,\"reason\":\"" + "x".repeat(501) + "\"}" : body;

        var answer = api().send(
                        "PUT", "/api/v1/pupils/J820300120086/never-publish", DemoUsers.HEAD, "application/json", sent);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
        assertThat(InSchool.jesseGray(jdbc, () -> jdbc.queryForObject("""
                select count(*) from never_publish_flag f join pupil p on p.id = f.pupil_id
                where p.upn = 'J820300120086'""", Long.class)))
                .isZero();
    }
}
