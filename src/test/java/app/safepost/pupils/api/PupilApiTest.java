package app.safepost.pupils.api;

import static app.safepost.pupils.RosterFixture.AMELIA_KHAN;
import static app.safepost.pupils.RosterFixture.demoCsv;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.RosterFixture;
import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/pupils} over real HTTP as the demo users: role × endpoint, and the import's answers. */
@SafepostServerTest
class PupilApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    PupilRoster roster;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restoreTheDemoRoster() {
        RosterFixture.restoreDemoRoster(roster, jdbc);
    }

    private Api api() {
        return new Api(port);
    }

    private HttpResponse<String> put(String user, String csv) {
        return api().send("PUT", "/api/v1/pupils", user, "text/csv; charset=utf-8", csv);
    }

    /** The shared client sends text only; these requests need raw bytes. */
    private HttpResponse<String> putBytes(String user, String contentType, byte[] body) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/pupils"))
                .header("Content-Type", contentType)
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        try (var client = HttpClient.newHttpClient()) {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.readValue(response.body(), Map.class);
    }

    private static List<Map<String, Object>> jsonList(HttpResponse<String> response) {
        return JSON.readValue(response.body(), List.class);
    }

    static Stream<Arguments> everyone() {
        var users = new java.util.ArrayList<String>(DemoUsers.ALL);
        users.add(null);
        return users.stream().map(user -> Arguments.of(user == null ? "anonymous" : user));
    }

    private static String caller(String user) {
        return "anonymous".equals(user) ? null : user;
    }

    @ParameterizedTest(name = "{0} imports the roster")
    @MethodSource("everyone")
    void only_the_office_imports_the_roster(String user) {
        var response = put(caller(user), demoCsv());

        var expected = switch (user) {
            case "office" -> 200;
            case "anonymous" -> 401;
            default -> 403;
        };
        assertThat(response.statusCode()).isEqualTo(expected);
        if (expected == 200) {
            assertThat(json(response)).isEqualTo(Map.of("created", 0, "updated", 0, "archived", 0, "unchanged", 196));
        } else {
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(json(response)).containsEntry("status", expected);
        }
    }

    @ParameterizedTest(name = "{0} lists pupils")
    @MethodSource("everyone")
    void each_role_lists_only_the_pupils_it_may_see(String user) {
        var response = api().get("/api/v1/pupils", caller(user));

        switch (user) {
            case "anonymous" -> assertThat(response.statusCode()).isEqualTo(401);
            case "governor" -> {
                assertThat(response.statusCode()).isEqualTo(403);
                assertThat(response.body()).doesNotContain("Amelia");
            }
            case "office", "head", "deputy" -> {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(jsonList(response))
                        .hasSize(196)
                        .anySatisfy(p -> assertThat(p)
                                .containsEntry("upn", "J820300120086")
                                .containsEntry("surname", "Khan"));
            }
            default -> {
                assertThat(response.statusCode()).isEqualTo(200);
                var classes = Map.of(
                                "teacher",
                                List.of("Class 3"),
                                "teacher4",
                                List.of("Class 4"),
                                "ta",
                                List.of("Class 3", "Class 4"),
                                "computing",
                                List.of("Class 5"))
                        .get(user);
                assertThat(jsonList(response)).hasSize(28 * classes.size()).allSatisfy(p -> {
                    assertThat(p.keySet())
                            .isSubsetOf(
                                    "id",
                                    "firstName",
                                    "preferredName",
                                    "surname",
                                    "initials",
                                    "className",
                                    "imageConsent",
                                    "neverPublish")
                            .contains(
                                    "id",
                                    "firstName",
                                    "surname",
                                    "initials",
                                    "className",
                                    "imageConsent",
                                    "neverPublish");
                    assertThat(classes).contains((String) p.get("className"));
                });
            }
        }
    }

    @Test
    void teacher_of_class_3_gets_class_3_full_names_and_no_other_class_from_the_api() {
        var response = api().get("/api/v1/pupils", "teacher");

        assertThat(response.body())
                .contains("\"firstName\":\"Amelia\"", "\"surname\":\"Khan\"")
                .doesNotContain("\"surname\":\"Ali\"", "Class 4", "upn");
    }

    @Test
    void withdrawing_consent_by_import_is_counted_as_an_update() {
        var response = put("office", demoCsv().replace(AMELIA_KHAN, "J820300120086,Amelia,Khan,,Class 3,no,"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(Map.of("created", 0, "updated", 1, "archived", 0, "unchanged", 195));
    }

    @Test
    void a_two_row_file_that_would_archive_195_pupils_is_a_409_problem_until_that_number_is_confirmed() {
        var twoRows = demoCsv().lines().findFirst().orElseThrow() + "\r\n"
                + "J820300120086,Amelia,Khan-Ward,,Class 3,yes,2025-09-04\r\n"
                + RosterFixture.TEST_UPN + ",Amira,Testing,,Class 3,no,\r\n";

        var unconfirmed = put("office", twoRows);

        assertThat(unconfirmed.statusCode()).isEqualTo(409);
        assertThat(unconfirmed.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/problem+json");
        assertThat(json(unconfirmed))
                .containsEntry("type", "/problems/archive-not-confirmed")
                .containsEntry("status", 409)
                .containsEntry("title", "Archiving not confirmed")
                .containsEntry("archiving", 195)
                .containsEntry("onRoll", 196)
                .containsEntry(
                        "detail",
                        "This file would archive 195 of the 196 pupils on roll, as it does not list"
                                + " them; nothing was imported. If the file is the whole roster, send it again with"
                                + " ?confirmArchive=195.");

        var wrongCount = api().send("PUT", "/api/v1/pupils?confirmArchive=194", "office", "text/csv", twoRows);

        assertThat(wrongCount.statusCode()).isEqualTo(409);
        assertThat(json(wrongCount)).containsEntry("archiving", 195);
        assertThat((String) json(wrongCount).get("detail")).contains("confirmArchive was 194, not 195.");
        assertThat(InSchool.jesseGray(jdbc, roster::figures).pupilsOnRoll()).isEqualTo(196);
        assertThat(InSchool.jesseGray(
                        jdbc,
                        () -> jdbc.queryForObject(
                                "select surname from pupil where upn = 'J820300120086'", String.class)))
                .isEqualTo("Khan");

        var confirmed = api().send("PUT", "/api/v1/pupils?confirmArchive=195", "office", "text/csv", twoRows);

        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(json(confirmed)).isEqualTo(Map.of("created", 1, "updated", 1, "archived", 195, "unchanged", 0));
    }

    @Test
    void a_confirm_archive_that_is_not_a_number_is_a_400_problem() {
        var response = api().send("PUT", "/api/v1/pupils?confirmArchive=all", "office", "text/csv", demoCsv());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(InSchool.jesseGray(jdbc, roster::figures).pupilsOnRoll()).isEqualTo(196);
    }

    @Test
    void an_invalid_roster_is_a_400_problem_listing_every_bad_line_and_changes_nothing() {
        var csv = demoCsv().replace(AMELIA_KHAN, "J820300120086,Amelia,Khan,,Class 9,yes,24/11/2026")
                + "BAD,=HYPERLINK(\"http://x\"),Young,,Reception,no,\r\n";

        var response = put("office", csv);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        var problem = json(response);
        assertThat(problem)
                .containsEntry("type", "/problems/invalid-roster")
                .containsEntry("status", 400)
                .containsEntry("title", "Invalid roster file")
                .containsKey("detail");
        @SuppressWarnings("unchecked")
        var errors = (List<Map<String, Object>>) problem.get("errors");
        assertThat(errors)
                .extracting(e -> e.get("line") + " " + e.get("column"))
                .containsExactly("87 class", "87 consent_recorded_on", "198 upn", "198 first_name");
        assertThat(errors.getFirst().get("message")).asString().startsWith("Line 87, column class: There is no class");
        assertThat(InSchool.jesseGray(jdbc, roster::figures).pupilsOnRoll()).isEqualTo(196);
    }

    @Test
    void an_empty_body_and_a_missing_column_are_400_problems() {
        assertThat(put("office", "").statusCode()).isEqualTo(400);
        var missing = put("office", "upn,first_name,surname,class,image_consent,consent_recorded_on\r\n");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("Column preferred_name is missing");
    }

    @Test
    void a_body_that_is_not_utf8_is_a_400_problem_naming_the_line() {
        var latin1 = demoCsv()
                .replace(AMELIA_KHAN, "J820300120086,Zoë,Khan,,Class 3,yes,2025-09-04")
                .getBytes(StandardCharsets.ISO_8859_1);

        var response = putBytes("office", "text/csv", latin1);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("is not UTF-8");
    }

    @Test
    void a_body_over_1_mib_is_a_413_problem() {
        var big = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');

        var response = putBytes("office", "text/csv", big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response))
                .containsEntry("type", "/problems/payload-too-large")
                .containsEntry("status", 413);
    }

    @Test
    void a_body_that_is_not_csv_is_refused() {
        var response = api().send("PUT", "/api/v1/pupils", "office", "application/json", "{}");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }
}
