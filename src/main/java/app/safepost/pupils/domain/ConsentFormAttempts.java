package app.safepost.pupils.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts attempts on the public consent page, per client address and per token, in fixed windows, in
 * PostgreSQL so that every portal instance counts the same attempts. Past the limit a visitor waits
 * for the next window: a token cannot be guessed, nor a form hammered, at the speed of a loop.
 */
@Component
public class ConsentFormAttempts {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int perAddress;
    private final int perToken;
    private final Duration window;

    ConsentFormAttempts(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${safepost.consent-form.attempts-per-address:30}") int perAddress,
            @Value("${safepost.consent-form.attempts-per-token:10}") int perToken,
            @Value("${safepost.consent-form.attempt-window:PT1H}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perAddress = perAddress;
        this.perToken = perToken;
        this.window = window;
    }

    /** Counts one attempt from this address with this token; whether both are still within their limits. */
    public boolean allow(String clientAddress, String tokenHash) {
        var start = windowStart();
        int byAddress = count("address:" + clientAddress, start);
        int byToken = count("token:" + tokenHash, start);
        return byAddress <= perAddress && byToken <= perToken;
    }

    /** Forgets windows that ended more than a day ago; how many were deleted. */
    public int forgetOld() {
        return jdbc.update(
                "delete from consent_form_attempt where window_start < ?",
                Timestamp.from(clock.instant().minus(window).minus(Duration.ofDays(1))));
    }

    private int count(String subject, Instant windowStart) {
        var key = subject.length() > 100 ? subject.substring(0, 100) : subject;
        Integer attempts = jdbc.queryForObject("""
                insert into consent_form_attempt (subject, window_start, attempts) values (?, ?, 1)
                on conflict (subject, window_start) do update set attempts = consent_form_attempt.attempts + 1
                returning attempts""", Integer.class, key, Timestamp.from(windowStart));
        return attempts == null ? 0 : attempts;
    }

    private Instant windowStart() {
        long millis = window.toMillis();
        long now = clock.millis();
        return Instant.ofEpochMilli(now - Math.floorMod(now, millis));
    }
}
