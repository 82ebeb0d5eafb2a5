package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SafepostServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Guessing demo passwords over the API: after five misses the username is refused for a while. */
@SafepostServerTest
class ApiSignInThrottleTest {

    @LocalServerPort
    int port;

    @Autowired
    SignInThrottle throttle;

    // Other tests on this server may have failed sign-ins from the same address: start from none.
    @BeforeEach
    @AfterEach
    void forget() {
        throttle.forgetAll();
    }

    @Test
    void the_sixth_wrong_password_in_a_row_is_429_with_retry_after_and_even_the_right_one_waits() {
        var api = new Api(port);
        for (int i = 0; i < 5; i++) {
            assertThat(api.getWithPassword("/api/v1/me", DemoUsers.TA, "guess-" + i)
                            .statusCode())
                    .isEqualTo(401);
        }
        var refused = api.getWithPassword("/api/v1/me", DemoUsers.TA, "guess-6");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 900L));
        assertThat(refused.body())
                .contains("\"status\":429", "/problems/too-many-sign-in-attempts", "Try again in 15 minutes")
                .doesNotContain("guess", "Exception");
        assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();

        assertThat(api.getWithPassword("/api/v1/me", DemoUsers.TA, DemoUsers.PASSWORD)
                        .statusCode())
                .as("the right password during the lockout")
                .isEqualTo(429);
        assertThat(api.get("/api/v1/me", DemoUsers.TEACHER).statusCode())
                .as("another user")
                .isEqualTo(200);
    }

    @Test
    void a_right_password_clears_the_misses_before_it() {
        var api = new Api(port);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(api.getWithPassword("/api/v1/me", DemoUsers.OFFICE, "guess")
                                .statusCode())
                        .isEqualTo(401);
            }
            assertThat(api.get("/api/v1/me", DemoUsers.OFFICE).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void guessing_across_many_usernames_locks_out_the_address() {
        var api = new Api(port);
        for (int i = 0; i < 30; i++) {
            assertThat(api.getWithPassword("/api/v1/me", "nobody" + i, "guess").statusCode())
                    .isEqualTo(401);
        }
        assertThat(api.get("/api/v1/me", DemoUsers.HEAD).statusCode()).isEqualTo(429);
        assertThat(api.get("/api/v1/me", null).statusCode())
                .as("no credentials at all")
                .isEqualTo(401);
    }
}
