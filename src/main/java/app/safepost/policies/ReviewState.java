package app.safepost.policies;

/** Where a policy stands in its annual review (P16). */
public enum ReviewState {
    /** No review date, or more than {@value app.safepost.policies.domain.ReviewCycle#DUE_SOON_DAYS} days away. */
    NOT_DUE,
    /** The review date is within the coming weeks: time to open the review. */
    DUE_SOON,
    /** The review date has passed without a new version signed off. */
    OVERDUE
}
