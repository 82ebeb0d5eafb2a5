package app.safepost.moderation;

/** How one account's follower synchronisation ended. */
public enum SyncOutcome {
    SYNCHRONISED("Synchronised"),
    SKIPPED("Skipped"),
    FAILED("Failed");

    private final String label;

    SyncOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
