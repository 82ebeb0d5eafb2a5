package app.safepost.compliance;

/** What a finding does to a draft: stop its submission, or only warn its author. */
public enum Severity {
    BLOCK("block"),
    WARN("warn");

    private final String apiName;

    Severity(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
