package app.safepost.moderation;

/** What happened to a follower in the register. */
public enum FollowerDecisionKind {
    ADDED("Added to the register"),
    FLAGGED("Flagged for review"),
    ALLOWED("Reviewed and allowed"),
    BLOCKED("Blocked"),
    UNBLOCKED("Unblocked"),
    STOPPED_FOLLOWING("No longer following"),
    FOLLOWING_AGAIN("Following again"),
    HANDLE_CHANGED("Handle changed");

    private final String label;

    FollowerDecisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
