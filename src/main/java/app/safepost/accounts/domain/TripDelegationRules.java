package app.safepost.accounts.domain;

import app.safepost.common.SchoolTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * When a trip delegation is in force, and which new grants are refused (P2). Pure: the caller
 * passes {@code now} from the portal's clock.
 */
public final class TripDelegationRules {

    static final int MAX_TRIP_NAME = 120;
    static final int MAX_REASON = 500;

    private TripDelegationRules() {}

    /** A delegation's window: from {@code start} (inclusive) to {@code end} (exclusive). */
    public record Window(
            Instant start, Instant end, @Nullable Instant revokedAt, String tripName) {

        public Window(Instant start, Instant end, @Nullable Instant revokedAt) {
            this(start, end, revokedAt, "");
        }

        public boolean overlaps(Instant otherStart, Instant otherEnd) {
            var effectiveEnd = revokedAt != null && revokedAt.isBefore(end) ? revokedAt : end;
            return otherStart.isBefore(effectiveEnd) && start.isBefore(otherEnd);
        }
    }

    /**
     * In force from the start (inclusive) to the end (exclusive), and only until it is revoked.
     * Asked about a moment before the revocation, it was in force then.
     */
    public static boolean isActive(Window window, Instant now) {
        return !now.isBefore(window.start())
                && now.isBefore(window.end())
                && (window.revokedAt() == null || now.isBefore(window.revokedAt()));
    }

    /** A grant as asked for; blank or missing values are reported, not thrown. */
    public record Grant(
            @Nullable String delegate,
            boolean delegateIsTeacher,
            @Nullable String tripName,
            @Nullable Instant startsAt,
            @Nullable Instant endsAt,
            @Nullable String reason) {}

    /**
     * Messages by field for everything wrong with the grant; empty when it may be made.
     * A start within the current minute counts as now, since the form picks whole minutes.
     *
     * @param delegatesOtherWindows the delegate's existing delegations
     */
    public static Map<String, String> problemsWith(Grant grant, Collection<Window> delegatesOtherWindows, Instant now) {
        var problems = new LinkedHashMap<String, String>();
        if (grant.delegate() == null || grant.delegate().isBlank()) {
            problems.put("delegate", "Choose the senior teacher who will run the account.");
        } else if (!grant.delegateIsTeacher()) {
            problems.put("delegate", "Only a teacher can run the whole-school account on a trip.");
        }
        if (grant.tripName() == null || grant.tripName().isBlank()) {
            problems.put("tripName", "Enter the trip's name.");
        } else if (grant.tripName().strip().length() > MAX_TRIP_NAME) {
            problems.put("tripName", "The trip's name can be at most " + MAX_TRIP_NAME + " characters.");
        }
        if (grant.startsAt() == null) {
            problems.put("startsAt", "Enter when the trip starts.");
        } else if (grant.startsAt().isBefore(now.truncatedTo(ChronoUnit.MINUTES))) {
            problems.put("startsAt", "The start is in the past. A delegation can start now or later.");
        }
        if (grant.endsAt() == null) {
            problems.put("endsAt", "Enter when the trip ends.");
        } else if (grant.startsAt() != null && !grant.endsAt().isAfter(grant.startsAt())) {
            problems.put("endsAt", "The end must be after the start.");
        }
        if (grant.reason() == null || grant.reason().isBlank()) {
            problems.put("reason", "Enter why the delegation is needed.");
        } else if (grant.reason().strip().length() > MAX_REASON) {
            problems.put("reason", "The reason can be at most " + MAX_REASON + " characters.");
        }
        if (!problems.containsKey("delegate")
                && grant.startsAt() != null
                && grant.endsAt() != null
                && grant.endsAt().isAfter(grant.startsAt())) {
            delegatesOtherWindows.stream()
                    .filter(w -> w.overlaps(grant.startsAt(), grant.endsAt()))
                    .findFirst()
                    .ifPresent(w -> problems.putIfAbsent(
                            "startsAt",
                            "This person already has a trip delegation"
                                    + (w.tripName().isBlank() ? "" : " for " + w.tripName()) + " from "
                                    + SchoolTime.dateTime(w.start()) + " to " + SchoolTime.dateTime(w.end())
                                    + ". Choose another time or revoke that delegation first."));
        }
        return problems;
    }
}
