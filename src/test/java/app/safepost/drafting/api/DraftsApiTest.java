package app.safepost.drafting.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Api;
import app.safepost.testing.SafepostServerTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v1/compliance/checks}, {@code POST /api/v1/drafts} and
 * {@code POST /api/v1/drafts/{id}/submit} over real HTTP, as API.md gives them, bad input included.
 */
@SafepostServerTest
class DraftsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";

    @LocalServerPort
    int port;

    private Api api;
    private String kestrels;
    private String wholeSchool;

    @BeforeEach
    void findTheAccounts() {
        api = new Api(port);
        for (var account : JSON.readTree(api.get("/api/v1/accounts", "head").body())) {
            switch (account.get("handle").asString()) {
                case "@JGP_Kestrels" -> kestrels = account.get("id").asString();
                case "@JesseGrayPrimary" -> wholeSchool = account.get("id").asString();
                default -> {}
            }
        }
    }

    private HttpResponse<String> post(String path, String user, String body) {
        return api.send("POST", path, user, JSON_TYPE, body);
    }

    private ObjectNode request(String account, String text) {
        var request = JSON.createObjectNode();
        request.put("accountId", account);
        request.put("text", text);
        return request;
    }

    private static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at app.safepost");
        assertThat(body(response).get("status").asInt()).isEqualTo(status);
    }

    @Test
    void the_check_returns_the_verdict_and_utf16_spans_and_no_surname_outside_its_span() {
        var text = "🎉 Well done Amelia Khan!";
        var response = post(
                "/api/v1/compliance/checks", "teacher", request(kestrels, text).toString());

        assertThat(response.statusCode()).isEqualTo(200);
        var result = body(response);
        assertThat(result.get("verdict").asString()).isEqualTo("block");
        var finding = result.get("findings").get(0);
        assertThat(finding.get("clause").asString()).isEqualTo("P12");
        assertThat(finding.get("severity").asString()).isEqualTo("block");
        int start = finding.get("start").asInt();
        int end = finding.get("end").asInt();
        assertThat(text.substring(start, end)).isEqualTo("Amelia Khan");
        assertThat(start).isEqualTo(13); // the emoji is two UTF-16 units
        for (var each : result.get("findings")) {
            assertThat(each.get("message").asString()).doesNotContain("Khan");
        }
    }

    @ParameterizedTest(name = "{0}: \"{1}\" → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            class        | Well Done Amelia For A Great Week      | block | P13               | Amelia
            class        | Amelia Today!                          | block | P13               | Amelia
            class        | News from Jesse Gray Primary           | pass  | -                 | -
            class        | We read about Amelia Earhart           | pass  | -                 | -
            whole-school | congratulations to harper moss         | block | P12               | harper moss
            whole-school | Star of the week:\\nHarper\\nMoss    | block | P12               | Harper\\nMoss
            whole-school | we will hope for sunshine              | warn  | P12               | will hope
            whole-school | Well done Аmеlіа Кhаn                  | block | P12               | Аmеlіа Кhаn
            whole-school | Well done 𝐀𝐦𝐞𝐥𝐢𝐚 𝐊𝐡𝐚𝐧                 | block | P12               | 𝐀𝐦𝐞𝐥𝐢𝐚 𝐊𝐡𝐚𝐧
            whole-school | Well done A m e l i a  K h a n         | block | P12               | A m e l i a  K h a n
            whole-school | Well done Amelia \u202Enahk\u202C     | block | hidden-characters | \u202Enahk\u202C
            whole-school | Well done Amelia \u202Enahk\u202C     | block | P12               | Amelia \u202Enahk
            """)
    void the_api_checks_names_however_they_are_typed(
            String account, String written, String verdict, String clause, String spanWritten) {
        String text = unescape(written);
        var response = post(
                "/api/v1/compliance/checks",
                "head",
                request(account.equals("class") ? kestrels : wholeSchool, text).toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var result = body(response);
        assertThat(result.get("verdict").asString()).as(response.body()).isEqualTo(verdict);
        if (!"-".equals(clause)) {
            String span = unescape(spanWritten);
            var spans = new java.util.ArrayList<String>();
            for (var finding : result.get("findings")) {
                spans.add(finding.get("clause").asString() + " "
                        + text.substring(
                                finding.get("start").asInt(), finding.get("end").asInt()));
            }
            assertThat(spans).as(response.body()).contains(clause + " " + span);
        }
    }

    /** A line break is written {@code \n} in the table; the direction controls are Java escapes. */
    private static String unescape(String text) {
        return text.replace("\\n", "\n");
    }

    @Test
    void initials_pass_on_a_class_account() {
        var response = post(
                "/api/v1/compliance/checks",
                "ta",
                request(kestrels, "Well done A.K. for a super poem!").toString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).get("verdict").asString()).isEqualTo("pass");
        assertThat(body(response).get("findings")).isEmpty();
    }

    @Test
    void a_pupil_without_consent_shown_uncovered_blocks_and_covered_passes() {
        var uncovered = request(kestrels, "Science week");
        uncovered
                .putArray("pupilsInMedia")
                .addObject()
                .put("upn", "J820300120087")
                .put("covered", false);
        var covered = request(kestrels, "Science week");
        covered.putArray("pupilsInMedia")
                .addObject()
                .put("upn", "J820300120087")
                .put("covered", true);

        var blocked = body(post("/api/v1/compliance/checks", "teacher", uncovered.toString()));
        assertThat(blocked.get("verdict").asString()).isEqualTo("block");
        assertThat(blocked.get("findings").get(0).get("clause").asString()).isEqualTo("P15");
        assertThat(blocked.get("findings").get(0).get("start").isNull()).isTrue();
        assertThat(body(post("/api/v1/compliance/checks", "teacher", covered.toString()))
                        .get("verdict")
                        .asString())
                .isEqualTo("pass");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown account            | 404 | {"accountId":"00000000-0000-0000-0000-000000000000","text":"Hello"}
            account id that is no id   | 400 | {"accountId":"kestrels","text":"Hello"}
            no account                 | 400 | {"text":"Hello"}
            empty text                 | 400 | {"accountId":"KESTRELS","text":""}
            no text                    | 400 | {"accountId":"KESTRELS"}
            badly formed UPN           | 400 | {"accountId":"KESTRELS","text":"Hi","pupilsInMedia":[{"upn":"123","covered":true}]}
            not JSON                   | 400 | {"accountId":
            account not allowed        | 403 | {"accountId":"WHOLE_SCHOOL","text":"Hello"}
            """)
    void bad_checks_get_a_problem_answer(String what, int status, String body) {
        var request = body.replace("KESTRELS", kestrels).replace("WHOLE_SCHOOL", wholeSchool);

        assertProblem(post("/api/v1/compliance/checks", "teacher", request), status);
        assertProblem(post("/api/v1/drafts", "teacher", request), status);
    }

    @Test
    void a_100_kb_text_is_refused_with_the_field_named_and_a_2_mb_body_with_413() {
        var long100k = post(
                "/api/v1/drafts",
                "teacher",
                request(kestrels, "a".repeat(100_000)).toString());
        assertProblem(long100k, 400);
        assertThat(body(long100k).get("errors").get(0).get("field").asString()).isEqualTo("text");

        assertProblem(
                post(
                        "/api/v1/compliance/checks",
                        "teacher",
                        request(kestrels, "a".repeat(2_000_000)).toString()),
                413);
    }

    @Test
    void office_and_governors_may_not_check_or_draft() {
        for (var user : new String[] {"office", "governor"}) {
            assertProblem(
                    post(
                            "/api/v1/compliance/checks",
                            user,
                            request(kestrels, "Hello").toString()),
                    403);
            assertProblem(
                    post("/api/v1/drafts", user, request(kestrels, "Hello").toString()), 403);
        }
    }

    @Test
    void a_draft_is_created_with_its_check_and_submitted_only_once_it_no_longer_blocks() {
        var created = post(
                "/api/v1/drafts",
                "teacher",
                request(kestrels, "Well done Amelia Khan!").toString());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var draft = body(created);
        var id = draft.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/drafts/" + id);
        assertThat(draft.get("status").asString()).isEqualTo("draft");
        assertThat(draft.get("version").isNumber()).isTrue();
        assertThat(draft.get("compliance").get("verdict").asString()).isEqualTo("block");
        assertThat(draft.get("verdict").asString()).isEqualTo("block");

        var refused = post("/api/v1/drafts/" + id + "/submit", "teacher", "");
        assertProblem(refused, 409);
        assertThat(body(refused).get("detail").asString()).contains("block");

        var edit = request(kestrels, "Well done A.K.!");
        edit.put("version", draft.get("version").asLong());
        var saved = api.send("PUT", "/api/v1/drafts/" + id, "teacher", JSON_TYPE, edit.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(body(saved).get("verdict").asString()).isEqualTo("pass");

        var submitted = post("/api/v1/drafts/" + id + "/submit", "teacher", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(body(submitted).get("status").asString()).isEqualTo("submitted");
        assertProblem(post("/api/v1/drafts/" + id + "/submit", "teacher", ""), 409);
    }

    @Test
    void only_the_author_submits_others_get_404_and_slt_403() {
        var id = body(post(
                        "/api/v1/drafts",
                        "teacher",
                        request(kestrels, "Our class assembly").toString()))
                .get("id")
                .asString();

        assertProblem(post("/api/v1/drafts/" + id + "/submit", "ta", ""), 404);
        assertProblem(post("/api/v1/drafts/" + id + "/submit", "teacher4", ""), 404);
        assertProblem(post("/api/v1/drafts/" + id + "/submit", "deputy", ""), 403);
        assertProblem(post("/api/v1/drafts/" + id + "/submit", "governor", ""), 403);
        assertProblem(post("/api/v1/drafts/not-a-draft/submit", "teacher", ""), 404);
        assertThat(api.get("/api/v1/drafts/" + id, "teacher").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/drafts/" + id, "deputy").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/drafts/" + id, "ta").statusCode()).isEqualTo(404);
    }

    @Test
    void warnings_are_submitted_with_a_reason_and_a_stale_version_is_409() {
        var draft = body(post(
                "/api/v1/drafts",
                "teacher",
                request(kestrels, "Email us at office@jessegray.example").toString()));
        var id = draft.get("id").asString();
        assertThat(draft.get("verdict").asString()).isEqualTo("warn");

        var stale = JSON.createObjectNode()
                .put("version", draft.get("version").asLong() - 1)
                .put("acknowledgement", "Public");
        assertProblem(post("/api/v1/drafts/" + id + "/submit", "teacher", stale.toString()), 409);
        assertProblem(post("/api/v1/drafts/" + id + "/submit", "teacher", ""), 409);

        var acknowledged = JSON.createObjectNode().put("acknowledgement", "The office address is public.");
        var submitted = post("/api/v1/drafts/" + id + "/submit", "teacher", acknowledged.toString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(body(submitted).get("warningsAcknowledgement").asString())
                .isEqualTo("The office address is public.");
    }
}
