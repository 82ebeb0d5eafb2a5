package app.safepost.accounts;

/** What breaking a guidance rule does to a draft: stop its submission, or only warn the author. */
public enum GuidanceSeverity {
    BLOCK("block", "Block"),
    WARN("warn", "Warn");

    private final String apiName;
    private final String label;

    GuidanceSeverity(String apiName, String label) {
        this.apiName = apiName;
        this.label = label;
    }

    public String apiName() {
        return apiName;
    }

    public String label() {
        return label;
    }

    /** The stricter of two severities: block beats warn. */
    public GuidanceSeverity stricter(GuidanceSeverity other) {
        return this == BLOCK || other == BLOCK ? BLOCK : WARN;
    }
}
