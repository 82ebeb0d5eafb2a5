package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.SafepostTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The rule of the sign-in throttle, its counts in PostgreSQL, with time moved by hand. */
@SafepostTest
class SignInThrottleTest {

    @Autowired
    JdbcTemplate jdbc;

    private final MovingClock clock = new MovingClock();
    private SignInThrottle throttle;

    @BeforeEach
    void throttle() {
        throttle = instance();
        throttle.forgetAll();
    }

    @AfterEach
    void forget() {
        throttle.forgetAll();
    }

    /** A throttle as one portal instance has it: its own object, the shared database. */
    private SignInThrottle instance() {
        return new SignInThrottle(jdbc, clock, 5, 30, Duration.ofMinutes(15));
    }

    @Test
    void failures_counted_by_one_instance_lock_the_username_out_on_another() {
        var first = instance();
        var second = instance();
        for (int i = 0; i < 3; i++) {
            first.failed("10.0.0.7", "teacher");
        }
        for (int i = 0; i < 2; i++) {
            second.failed("10.0.0.7", "teacher");
        }
        assertThat(first.retryAfter("10.0.0.7", "teacher")).hasValue(Duration.ofMinutes(15));
        assertThat(second.retryAfter("10.0.0.7", "teacher")).hasValue(Duration.ofMinutes(15));
        assertThat(jdbc.queryForObject(
                        "select failures from sign_in_failure where throttle_key = ?",
                        Integer.class,
                        "10.0.0.7|teacher"))
                .isEqualTo(5);
        first.succeeded("10.0.0.7", "teacher");
        assertThat(second.retryAfter("10.0.0.7", "teacher"))
                .as("a success on the first instance")
                .isEmpty();
    }

    @Test
    void counts_whose_lockout_has_lapsed_are_deleted_by_the_next_failure() {
        throttle.failed("10.0.0.7", "teacher");
        throttle.failed("10.0.0.9", "office");
        clock.move(Duration.ofMinutes(16));
        throttle.failed("10.0.0.8", "head");
        assertThat(jdbc.queryForList("select throttle_key from sign_in_failure order by throttle_key", String.class))
                .containsExactly("10.0.0.8|", "10.0.0.8|head");
    }

    @Test
    void five_failures_for_one_username_from_one_address_lock_it_out_for_fifteen_minutes() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.7", "teacher");
        }
        assertThat(throttle.retryAfter("10.0.0.7", "teacher")).isEmpty();
        throttle.failed("10.0.0.7", "Teacher ");
        assertThat(throttle.retryAfter("10.0.0.7", "teacher")).hasValue(Duration.ofMinutes(15));
        clock.move(Duration.ofMinutes(10));
        assertThat(throttle.retryAfter("10.0.0.7", "TEACHER")).hasValue(Duration.ofMinutes(5));
        assertThat(throttle.retryAfter("10.0.0.8", "teacher"))
                .as("another address")
                .isEmpty();
        assertThat(throttle.retryAfter("10.0.0.7", "office"))
                .as("another username")
                .isEmpty();
        clock.move(Duration.ofMinutes(5));
        assertThat(throttle.retryAfter("10.0.0.7", "teacher")).isEmpty();
    }

    @Test
    void a_success_clears_the_usernames_count() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.7", "teacher");
        }
        throttle.succeeded("10.0.0.7", "teacher");
        throttle.failed("10.0.0.7", "teacher");
        assertThat(throttle.retryAfter("10.0.0.7", "teacher")).isEmpty();
    }

    @Test
    void failures_spread_over_the_lockout_do_not_add_up() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("10.0.0.7", "teacher");
            clock.move(Duration.ofMinutes(16));
        }
        assertThat(throttle.retryAfter("10.0.0.7", "teacher")).isEmpty();
    }

    @Test
    void thirty_failures_across_usernames_lock_out_the_whole_address() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("10.0.0.7", "guess" + i);
        }
        assertThat(throttle.retryAfter("10.0.0.7", "head")).hasValue(Duration.ofMinutes(15));
        assertThat(throttle.retryAfter("10.0.0.8", "head")).isEmpty();
    }

    @Test
    void basic_credentials_name_their_username_and_anything_else_names_none() {
        assertThat(SignInThrottleFilter.basicUsername(app.safepost.testing.Api.basic("teacher", "x:y")))
                .isEqualTo("teacher");
        assertThat(SignInThrottleFilter.basicUsername("Basic !!!not-base64")).isEqualTo("");
        assertThat(SignInThrottleFilter.basicUsername("Bearer abc")).isNull();
        assertThat(SignInThrottleFilter.basicUsername(null)).isNull();
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T09:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
