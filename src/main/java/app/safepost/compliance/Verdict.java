package app.safepost.compliance;

/** The outcome of a check: the most severe finding, or pass when there is none. */
public enum Verdict {
    PASS("pass"),
    WARN("warn"),
    BLOCK("block");

    private final String apiName;

    Verdict(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
