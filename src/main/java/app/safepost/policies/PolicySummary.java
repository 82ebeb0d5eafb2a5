package app.safepost.policies;

import app.safepost.policies.domain.ReviewCycle;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A policy in the library: its adopted version (0 while the library has no text for it), when it was
 * adopted and is next due for review, the policies it is read with (P17), and whether a review is open.
 */
public record PolicySummary(
        PolicyId id,
        String title,
        int version,
        String owner,
        @Nullable LocalDate adoptedOn,
        @Nullable LocalDate reviewDue,
        List<String> readWith,
        boolean reviewOpen) {

    public PolicySummary {
        readWith = List.copyOf(readWith);
    }

    public boolean hasText() {
        return version > 0;
    }

    /** Overdue once the review date has passed without a newer version. */
    public boolean isOverdueOn(LocalDate today) {
        return stateOn(today) == ReviewState.OVERDUE;
    }

    public ReviewState stateOn(LocalDate today) {
        return ReviewCycle.state(reviewDue, today);
    }
}
