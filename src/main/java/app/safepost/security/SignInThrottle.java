package app.safepost.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts failed sign-ins (the demo sign-in form, and HTTP Basic on the API in demo mode) per client
 * address and username, and per client address alone, and refuses further attempts for a while once
 * either count is reached: a password cannot be guessed at the speed of a loop. A success clears the
 * username's count. The counts are kept in PostgreSQL, so every portal instance counts the same
 * failures and a restart forgets nothing; a count whose lockout has lapsed is deleted by the next failure.
 */
final class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    /** Usernames longer than this are counted by their beginning (no username is that long). */
    private static final int USERNAME_KEPT = 200;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int attemptsPerUser;
    private final int attemptsPerAddress;
    private final Duration lockout;

    SignInThrottle(JdbcTemplate jdbc, Clock clock, int attemptsPerUser, int attemptsPerAddress, Duration lockout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.attemptsPerUser = attemptsPerUser;
        this.attemptsPerAddress = attemptsPerAddress;
        this.lockout = lockout;
    }

    /**
     * How long this address (and username) must still wait, if it must. While the database cannot be
     * reached nothing is counted and nobody waits: the request goes on to be answered "temporarily
     * unavailable" by what it asked for, rather than failing in the sign-in.
     */
    Optional<Duration> retryAfter(String address, String username) {
        try {
            var now = clock.instant();
            var wait = waitFor(userKey(address, username), attemptsPerUser, now);
            return wait.isPresent() ? wait : waitFor(addressKey(address), attemptsPerAddress, now);
        } catch (DataAccessException unavailable) {
            log.warn(
                    "Sign-in failures cannot be read: {}",
                    unavailable.getMostSpecificCause().getMessage());
            return Optional.empty();
        }
    }

    void failed(String address, String username) {
        try {
            count(address, username);
        } catch (DataAccessException unavailable) {
            log.warn(
                    "A failed sign-in cannot be counted: {}",
                    unavailable.getMostSpecificCause().getMessage());
        }
    }

    private void count(String address, String username) {
        var now = clock.instant();
        var lapsed = Timestamp.from(now.minus(lockout));
        jdbc.update("delete from sign_in_failure where last_failed_at <= ?", lapsed);
        for (var key : new String[] {userKey(address, username), addressKey(address)}) {
            // A failure after the lockout has lapsed starts counting again.
            jdbc.update("""
                    insert into sign_in_failure (throttle_key, failures, last_failed_at) values (?, 1, ?)
                    on conflict (throttle_key) do update set
                        failures = case when sign_in_failure.last_failed_at > ? then sign_in_failure.failures + 1
                                        else 1 end,
                        last_failed_at = excluded.last_failed_at""", key, Timestamp.from(now), lapsed);
        }
    }

    void succeeded(String address, String username) {
        try {
            jdbc.update("delete from sign_in_failure where throttle_key = ?", userKey(address, username));
        } catch (DataAccessException unavailable) {
            log.warn(
                    "A sign-in's failures cannot be cleared: {}",
                    unavailable.getMostSpecificCause().getMessage());
        }
    }

    /** Forgets every count (for tests, and a future "unblock" action for the office). */
    void forgetAll() {
        jdbc.update("delete from sign_in_failure");
    }

    /** Whole minutes to wait, rounded up, at least one. */
    static long minutesToWait(Duration wait) {
        return Math.max(1, (wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0) + 59) / 60);
    }

    /** "a minute" or "15 minutes". */
    static String inWords(long minutes) {
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }

    private Optional<Duration> waitFor(String key, int limit, Instant now) {
        var last = jdbc.query(
                "select last_failed_at from sign_in_failure where throttle_key = ? and failures >= ?",
                (row, n) -> row.getTimestamp(1).toInstant(),
                key,
                limit);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        var until = last.getFirst().plus(lockout);
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    private static String userKey(String address, String username) {
        var name = username.strip().toLowerCase(Locale.ROOT);
        return address + "|" + (name.length() > USERNAME_KEPT ? name.substring(0, USERNAME_KEPT) : name);
    }

    private static String addressKey(String address) {
        return address + "|";
    }
}
