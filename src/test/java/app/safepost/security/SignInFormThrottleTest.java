package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SafepostServerTest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Guessing demo passwords on the sign-in form: after five misses the username is refused for a while. */
@SafepostServerTest
class SignInFormThrottleTest {

    @LocalServerPort
    int port;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    JdbcTemplate jdbc;

    // Other tests on this server may have failed sign-ins from the same address: start from none.
    @BeforeEach
    @AfterEach
    void forget() {
        throttle.forgetAll();
    }

    private HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try (var client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void the_sixth_wrong_password_in_a_row_is_sent_back_to_wait_and_even_the_right_one_waits() throws Exception {
        for (int i = 0; i < 5; i++) {
            var missed = signIn(DemoUsers.TA, "guess-" + i);
            assertThat(missed.statusCode()).isEqualTo(302);
            assertThat(location(missed)).endsWith("/login?error");
        }
        assertThat(jdbc.queryForObject(
                        "select failures from sign_in_failure where throttle_key like ?",
                        Integer.class,
                        "%|" + DemoUsers.TA))
                .as("the count, shared by every instance")
                .isEqualTo(5);

        var refused = signIn(DemoUsers.TA, "guess-6");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(location(refused)).endsWith("/login?throttled=15");
        assertThat(location(signIn(DemoUsers.TA, DemoUsers.PASSWORD)))
                .as("the right password during the lockout")
                .endsWith("/login?throttled=15");
        assertThat(location(signIn(DemoUsers.TEACHER, DemoUsers.PASSWORD)))
                .as("another user")
                .doesNotContain("/login");
    }

    @Test
    void a_right_password_clears_the_misses_before_it() throws Exception {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(location(signIn(DemoUsers.OFFICE, "guess"))).endsWith("/login?error");
            }
            assertThat(location(signIn(DemoUsers.OFFICE, DemoUsers.PASSWORD))).doesNotContain("/login");
        }
    }

    @Test
    void misses_on_the_form_and_on_the_api_add_up() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(location(signIn(DemoUsers.HEAD, "guess"))).endsWith("/login?error");
        }
        var api = new Api(port);
        for (int i = 0; i < 2; i++) {
            assertThat(api.getWithPassword("/api/v1/me", DemoUsers.HEAD, "guess")
                            .statusCode())
                    .isEqualTo(401);
        }
        assertThat(location(signIn(DemoUsers.HEAD, DemoUsers.PASSWORD))).endsWith("/login?throttled=15");
    }
}
