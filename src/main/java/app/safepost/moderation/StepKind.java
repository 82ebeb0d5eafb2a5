package app.safepost.moderation;

/** One step in an incident's timeline (P11): the report, SLT's actions, the closing, and comments. */
public enum StepKind {
    REPORTED("Reported", false),
    CONTENT_DELETED("Content deleted", true),
    USER_BLOCKED("User blocked", true),
    REPORTED_TO_PLATFORM("Reported to the platform", true),
    ESCALATED("Escalated to an authority", true),
    PARENTS_INFORMED("Parents informed", true),
    MARKED_SERIOUS("Marked serious", false),
    NOTE("Note", false),
    CLOSED("Closed", false),
    COMMENT("Governor's comment", false);

    private final String label;
    private final boolean action;

    StepKind(String label, boolean action) {
        this.label = label;
        this.action = action;
    }

    public String label() {
        return label;
    }

    /** Whether this is one of the actions of P11 that SLT record (and that count as a first action). */
    public boolean isAction() {
        return action;
    }
}
