package app.safepost.policies;

/** What SLT re-confirm in each review besides the text. */
public enum Reconfirmation {
    ACCOUNTS("The list of the school's social-media accounts"),
    FOLLOW_EXCEPTIONS("The accounts the school account follows by exception (P9)"),
    GUIDANCE("The Computing Lead's posting guidance (P5)");

    private final String label;

    Reconfirmation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
