package app.safepost.accounts;

/** The kinds of rule in the Computing Lead's posting guidance (P5); each has its own severity. */
public enum GuidanceRuleKind {
    REQUIRED_HASHTAGS("Required hashtags"),
    FORBIDDEN_WORDS("Forbidden words"),
    FORBIDDEN_HASHTAGS("Forbidden hashtags"),
    ALLOWED_HANDLES("Tagging only allowed @handles"),
    MAX_TAGS("Most @handles in one post");

    private final String label;

    GuidanceRuleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
