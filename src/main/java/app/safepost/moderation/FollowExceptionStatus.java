package app.safepost.moderation;

/** Where a request to follow an account stands. */
public enum FollowExceptionStatus {
    REQUESTED("Waiting for SLT"),
    APPROVED("Followed"),
    REFUSED("Refused"),
    ENDED("No longer followed");

    private final String label;

    FollowExceptionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
