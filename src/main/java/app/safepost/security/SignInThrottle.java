package app.safepost.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed API sign-ins (HTTP Basic in demo mode) per client address and username, and per
 * client address alone, and refuses further attempts for a while once either count is reached: a
 * password cannot be guessed at the speed of a loop. A success clears the username's count. Only
 * in memory: a restart forgets the counts, which costs an attacker nothing they could not get by
 * waiting.
 */
final class SignInThrottle {

    /** Keys kept at most; beyond this, lapsed entries are dropped first. */
    private static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final int attemptsPerUser;
    private final int attemptsPerAddress;
    private final Duration lockout;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock, int attemptsPerUser, int attemptsPerAddress, Duration lockout) {
        this.clock = clock;
        this.attemptsPerUser = attemptsPerUser;
        this.attemptsPerAddress = attemptsPerAddress;
        this.lockout = lockout;
    }

    /** How long this address (and username) must still wait, if it must. */
    Optional<Duration> retryAfter(String address, String username) {
        var now = clock.instant();
        var wait = waitFor(userKey(address, username), attemptsPerUser, now);
        return wait.isPresent() ? wait : waitFor(addressKey(address), attemptsPerAddress, now);
    }

    void failed(String address, String username) {
        if (failures.size() >= MAX_KEYS) {
            forgetLapsed();
        }
        var now = clock.instant();
        failures.merge(userKey(address, username), Failures.first(now), (old, one) -> old.plusOne(now, lockout));
        failures.merge(addressKey(address), Failures.first(now), (old, one) -> old.plusOne(now, lockout));
    }

    void succeeded(String address, String username) {
        failures.remove(userKey(address, username));
    }

    /** Forgets every count (for tests, and a future "unblock" action for the office). */
    void forgetAll() {
        failures.clear();
    }

    private Optional<Duration> waitFor(String key, int limit, Instant now) {
        var entry = failures.get(key);
        if (entry == null || entry.count() < limit) {
            return Optional.empty();
        }
        var until = entry.last().plus(lockout);
        if (!until.isAfter(now)) {
            failures.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, until));
    }

    private void forgetLapsed() {
        var now = clock.instant();
        failures.entrySet().removeIf(entry -> !entry.getValue().last().plus(lockout).isAfter(now));
    }

    private static String userKey(String address, String username) {
        return address + "|" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address + "|";
    }

    /** Failures in a row; a failure after the lockout has lapsed starts counting again. */
    private record Failures(int count, Instant last) {
        static Failures first(Instant now) {
            return new Failures(1, now);
        }

        Failures plusOne(Instant now, Duration lockout) {
            return last.plus(lockout).isAfter(now) ? new Failures(count + 1, now) : first(now);
        }
    }
}
