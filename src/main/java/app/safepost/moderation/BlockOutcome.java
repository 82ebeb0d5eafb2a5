package app.safepost.moderation;

/** What the platform made of a block: done, not possible through its API (SLT block by hand), or failed. */
public enum BlockOutcome {
    BLOCKED("Blocked on the platform"),
    MANUAL("Block by hand on the platform"),
    FAILED("The platform refused or did not answer"),
    RECORDED("Recorded only (sandbox)");

    private final String label;

    BlockOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
