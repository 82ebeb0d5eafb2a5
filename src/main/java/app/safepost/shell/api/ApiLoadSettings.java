package app.safepost.shell.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of the portal the API may take at once ({@code safepost.api.load.*}; docs/performance.md,
 * "Load shedding"): beyond it an API request is answered 503 with {@code Retry-After} at once, so that
 * staff screens keep the rest of the machine.
 *
 * @param maxConcurrent API requests served at the same time; 0 for four per core
 * @param maxWaiting    API requests waiting for one of those places; 0 for twice {@code maxConcurrent}
 * @param maxWait       how long a request waits for a place before it is turned away
 * @param retryAfter    what {@code Retry-After} tells a turned-away caller (whole seconds, at least 1)
 */
@ConfigurationProperties("safepost.api.load")
public record ApiLoadSettings(
        @DefaultValue("0") int maxConcurrent,
        @DefaultValue("0") int maxWaiting,
        @DefaultValue("250ms") Duration maxWait,
        @DefaultValue("1s") Duration retryAfter) {

    public ApiLoadSettings {
        if (maxConcurrent <= 0) {
            // An API call needs about a millisecond of CPU but waits on the database and on staff requests
            // sharing the cores: four per core keep 300 calls a second served beside 300 staff sessions.
            maxConcurrent = 4 * Runtime.getRuntime().availableProcessors();
        }
        if (maxWaiting <= 0) {
            maxWaiting = 2 * maxConcurrent;
        }
        if (maxWait.isNegative()) {
            maxWait = Duration.ZERO;
        }
    }

    /** {@code Retry-After} in whole seconds, rounded up, at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toMillisPart() > 0 ? 1 : 0));
    }
}
