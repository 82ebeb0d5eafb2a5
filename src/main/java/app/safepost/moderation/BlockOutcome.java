package app.safepost.moderation;

import app.safepost.publishing.FollowerCallOutcome;

/**
 * What the platform made of a block or an unblock: done, not possible through its API (SLT do it by
 * hand), failed, or recorded only because the account is in the sandbox.
 */
public enum BlockOutcome {
    BLOCKED("Blocked on the platform", "Unblocked on the platform"),
    MANUAL("Block by hand on the platform", "Unblock by hand on the platform"),
    FAILED("The platform refused or did not answer", "The platform refused or did not answer"),
    RECORDED(
            "Recorded only (practice mode: not sent to the platform)",
            "Recorded only (practice mode: not sent to the platform)");

    private final String label;
    private final String unblockLabel;

    BlockOutcome(String label, String unblockLabel) {
        this.label = label;
        this.unblockLabel = unblockLabel;
    }

    public String label() {
        return label;
    }

    /** The label for a decision of this kind: an unblock's outcome is worded as an unblock. */
    public String labelFor(FollowerDecisionKind kind) {
        return kind == FollowerDecisionKind.UNBLOCKED ? unblockLabel : label;
    }

    static BlockOutcome of(FollowerCallOutcome outcome) {
        return switch (outcome) {
            case DONE -> BLOCKED;
            case NOT_OFFERED -> MANUAL;
            case SANDBOX -> RECORDED;
            case NOT_CONNECTED, FAILED -> FAILED;
        };
    }
}
