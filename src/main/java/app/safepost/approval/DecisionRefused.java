package app.safepost.approval;

/** A decision that may not be made as asked; the message says why and what to do. */
public class DecisionRefused extends RuntimeException {

    public enum Reason {
        /** Four eyes: the reviewer wrote the draft (API 403). */
        OWN_DRAFT,
        /** The checks, run again now, block the post (API 409). */
        BLOCKED,
        /** A photo is not from a registered school device and no override reason was given (P3, API 409). */
        DEVICE_NOT_REGISTERED,
        /** The schedule is in the past (API 400, field publishAt). */
        PUBLISH_AT_PAST,
        /** A rejection needs a comment for the author (API 400, field comment). */
        COMMENT_REQUIRED,
        /** A comment or reason that is too long (API 400). */
        TOO_LONG,
        /** The post is being sent, was tried or sent already, and can no longer be moved. */
        NOT_MOVABLE
    }

    private final Reason reason;

    public DecisionRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
