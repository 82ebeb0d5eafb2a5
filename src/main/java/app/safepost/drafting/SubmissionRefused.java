package app.safepost.drafting;

/** A draft that may not go to review as it is; the message says what to do. The API answers 409. */
public class SubmissionRefused extends RuntimeException {

    public enum Reason {
        /** The checks block it (P12, P13, P15 or the guidance). */
        BLOCKED,
        /** The checks warn and the author has not said why it is fine. */
        WARNINGS_NOT_ACKNOWLEDGED,
        /** It was submitted already, or is past review. */
        NOT_EDITABLE
    }

    private final Reason reason;

    public SubmissionRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
