package app.safepost.moderation;

/** Why the school blocks an account (P7); the incident categories of P10 and a few of the register's own. */
public enum BlockReason {
    OFFENSIVE_LANGUAGE("Offensive language"),
    UNSUITABLE_IMAGES("Unsuitable images"),
    COPYRIGHT_INFRINGEMENT("Copyright infringement"),
    UNDERMINING_THE_SCHOOL("Comments undermining the school"),
    SPAM_OR_IMPERSONATION("Spam or impersonation"),
    SAFEGUARDING_CONCERN("Safeguarding concern"),
    OTHER("Other");

    private final String label;

    BlockReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
