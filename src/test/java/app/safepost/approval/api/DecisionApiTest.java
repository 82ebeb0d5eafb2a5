package app.safepost.approval.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Api;
import app.safepost.testing.SafepostServerTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code POST /api/v1/drafts/{id}/decision} over real HTTP, as API.md gives it, refusals included. */
@SafepostServerTest
class DecisionApiTest {

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

    private JsonNode submitted(String user, String account, String text) {
        var request = JSON.createObjectNode();
        request.put("accountId", account);
        request.put("text", text);
        var created = post("/api/v1/drafts", user, request.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var id = body(created).get("id").asString();
        var submit = post("/api/v1/drafts/" + id + "/submit", user, "{\"acknowledgement\":\"Checked.\"}");
        assertThat(submit.statusCode()).as(submit.body()).isEqualTo(200);
        return body(submit);
    }

    private HttpResponse<String> decide(String user, JsonNode draft, String fields) {
        return post(
                "/api/v1/drafts/" + draft.get("id").asString() + "/decision",
                user,
                "{" + fields + ",\"version\":" + draft.get("version").asLong() + "}");
    }

    private static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at app.safepost");
        return body(response);
    }

    @Test
    void slt_approve_and_the_answer_is_the_draft_now_approved() {
        var draft = submitted("teacher", kestrels, "We baked bread today.");

        var approved = decide("deputy", draft, "\"decision\":\"approve\"");

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(body(approved).get("status").asString()).isEqualTo("approved");
        assertThat(body(approved).get("id").asString())
                .isEqualTo(draft.get("id").asString());
        assertThat(body(approved).get("version").asLong())
                .isGreaterThan(draft.get("version").asLong());
        var again = assertProblem(decide("head", draft, "\"decision\":\"reject\",\"comment\":\"No.\""), 409);
        assertThat(again.get("detail").asString()).contains("changed or already decided");
    }

    @Test
    void the_author_may_not_approve_their_own_draft() {
        var draft = submitted("deputy", wholeSchool, "The school choir sang beautifully.");

        var own = assertProblem(decide("deputy", draft, "\"decision\":\"approve\""), 403);

        assertThat(own.get("detail").asString()).contains("The author may not approve their own draft");
        assertThat(decide("head", draft, "\"decision\":\"approve\"").statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_schedule_ahead_is_kept_and_one_in_the_past_names_the_field() {
        var draft = submitted("teacher", kestrels, "Nativity play tickets on sale soon.");

        var past = assertProblem(
                decide("deputy", draft, "\"decision\":\"approve\",\"publishAt\":\"2020-01-01T10:00:00Z\""), 400);
        assertThat(past.get("errors").get(0).get("field").asString()).isEqualTo("publishAt");
        var at = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        var scheduled = decide("deputy", draft, "\"decision\":\"approve\",\"publishAt\":\"" + at + "\"");

        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
        assertThat(body(scheduled).get("status").asString()).isEqualTo("scheduled");
    }

    @Test
    void bad_requests_name_the_field_and_change_nothing() {
        var draft = submitted("teacher", kestrels, "Harvest boxes go out on Friday.");
        var id = draft.get("id").asString();

        assertThat(assertProblem(decide("deputy", draft, "\"decision\":\"maybe\""), 400)
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("decision");
        assertThat(assertProblem(decide("deputy", draft, "\"decision\":\"reject\""), 400)
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("comment");
        assertThat(assertProblem(
                                post("/api/v1/drafts/" + id + "/decision", "deputy", "{\"decision\":\"approve\"}"), 400)
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("version");
        assertProblem(post("/api/v1/drafts/" + id + "/decision", "deputy", "{\"decision\":"), 400);
        assertProblem(
                post("/api/v1/drafts/not-an-id/decision", "deputy", "{\"decision\":\"approve\",\"version\":0}"), 404);
        assertProblem(
                post(
                        "/api/v1/drafts/00000000-0000-0000-0000-000000000001/decision",
                        "deputy",
                        "{\"decision\":\"approve\",\"version\":0}"),
                404);
        assertProblem(decide("teacher", draft, "\"decision\":\"approve\""), 403);
        assertProblem(decide(null, draft, "\"decision\":\"approve\""), 401);

        var rejected = decide("deputy", draft, "\"decision\":\"reject\",\"comment\":\"Which Friday?\"");
        assertThat(body(rejected).get("status").asString()).isEqualTo("rejected");
        assertThat(body(rejected).get("reviewComment").asString()).isEqualTo("Which Friday?");
    }
}
