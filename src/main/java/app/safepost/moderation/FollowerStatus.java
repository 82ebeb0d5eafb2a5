package app.safepost.moderation;

/** A follower's standing in the register (P7). */
public enum FollowerStatus {
    ALLOWED("Allowed"),
    UNDER_REVIEW("Under review"),
    BLOCKED("Blocked");

    private final String label;

    FollowerStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
