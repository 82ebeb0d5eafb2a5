package app.safepost.security;

import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API and actuator endpoint × every demo user and anonymous, over real HTTP: allowed users
 * get a success, others 403, anonymous 401 (or 200 where the endpoint is public). The same table is
 * checked in each sign-in mode; a subclass says how a user authenticates and where screens send
 * anonymous visitors.
 */
abstract class ApiAccessMatrix {

    /** An endpoint and who may call it; {@code null} users means public. */
    record Endpoint(String method, String path, Set<String> users, String contentType, String body) {
        static Endpoint get(String path, Set<String> users) {
            return new Endpoint("GET", path, users, null, "");
        }
    }

    static final Set<String> EVERYONE = Set.copyOf(DemoUsers.ALL);

    /** Stands for the whole-school account's id in a body; replaced before sending. */
    static final String WHOLE_SCHOOL = "{whole-school-account}";

    static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.get("/api/v1/me", EVERYONE),
            Endpoint.get("/api/v1/accounts", EVERYONE),
            Endpoint.get("/api/v1/pupils", Set.of(DemoUsers.HEAD, DemoUsers.DEPUTY, DemoUsers.COMPUTING,
                    DemoUsers.TEACHER, DemoUsers.TEACHER4, DemoUsers.TA, DemoUsers.OFFICE)),
            // The demo roster itself: an import that changes nothing when it is allowed.
            new Endpoint("PUT", "/api/v1/pupils", Set.of(DemoUsers.OFFICE), "text/csv", demoRoster()),
            // The whole-school account: only SLT (the head included) may post to it.
            new Endpoint("POST", "/api/v1/compliance/checks", Set.of(DemoUsers.HEAD, DemoUsers.DEPUTY),
                    "application/json", "{\"accountId\":\"" + WHOLE_SCHOOL + "\",\"text\":\"Well done, everyone!\"}"),
            new Endpoint("POST", "/api/v1/drafts", Set.of(DemoUsers.HEAD, DemoUsers.DEPUTY),
                    "application/json", "{\"accountId\":\"" + WHOLE_SCHOOL + "\",\"text\":\"Well done, everyone!\"}"),
            Endpoint.get("/actuator/health", null),
            Endpoint.get("/actuator/info", Set.of(DemoUsers.HEAD)));

    private static String demoRoster() {
        try (var in = ApiAccessMatrix.class.getResourceAsStream("/demo/pupils.csv")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String wholeSchoolAccount;

    private String body(Endpoint endpoint) {
        if (!endpoint.body().contains(WHOLE_SCHOOL)) {
            return endpoint.body();
        }
        if (wholeSchoolAccount == null) {
            var accounts = api().get("/api/v1/accounts", DemoUsers.HEAD).body();
            var matcher = java.util.regex.Pattern.compile("\\{\"id\":\"([^\"]+)\",\"handle\":\"@JesseGrayPrimary\"")
                    .matcher(accounts);
            assertThat(matcher.find()).as(accounts).isTrue();
            wholeSchoolAccount = matcher.group(1);
        }
        return endpoint.body().replace(WHOLE_SCHOOL, wholeSchoolAccount);
    }

    /** The portal's API, with each user authenticated as this mode does it. */
    abstract Api api();

    /** Where the screens send someone who has not signed in. */
    abstract String signInPath();

    /** What the 401 answer's {@code WWW-Authenticate} challenge starts with. */
    abstract String challenge();

    @Test
    void each_user_may_call_exactly_the_endpoints_their_roles_allow() {
        var api = api();
        var wrong = new ArrayList<String>();
        for (var endpoint : ENDPOINTS) {
            for (var user : DemoUsers.ALL) {
                var status = api.send(endpoint.method(), endpoint.path(), user, endpoint.contentType(), body(endpoint))
                        .statusCode();
                boolean allowed = endpoint.users() == null || endpoint.users().contains(user);
                if (allowed ? status >= 300 : status != 403) {
                    wrong.add(user + " " + endpoint.method() + " " + endpoint.path() + " → " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anonymous_callers_get_401_problems_except_on_public_endpoints() {
        for (var endpoint : ENDPOINTS) {
            var response = api().send(endpoint.method(), endpoint.path(), null, endpoint.contentType(), body(endpoint));
            if (endpoint.users() == null) {
                assertThat(response.statusCode()).as(endpoint.path()).isEqualTo(200);
            } else {
                assertThat(response.statusCode()).as(endpoint.path()).isEqualTo(401);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                        header -> assertThat(header).startsWith(challenge()));
            }
        }
    }

    @Test
    void api_calls_never_start_a_session() {
        var response = api().get("/api/v1/me", DemoUsers.TEACHER);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void me_returns_the_contract_for_the_class_3_teacher() {
        var body = api().get("/api/v1/me", DemoUsers.TEACHER).body();
        assertThat(body).isEqualTo(
                "{\"username\":\"teacher\",\"displayName\":\"Tom Hale\",\"roles\":[\"teacher\"],\"classes\":[\"Class 3\"]}");
    }

    @Test
    void screens_send_anonymous_visitors_to_the_sign_in_page() {
        for (var path : ScreenAccessMatrix.routes()) {
            var response = api().get("/" + path, null);
            assertThat(response.statusCode()).as("/" + path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as("/" + path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith(signInPath()));
        }
    }
}
