package app.safepost.audit.domain;

/** The anchor key or file cannot be used; the message says which, where and why, in plain words. */
public class AnchorProblem extends RuntimeException {

    public AnchorProblem(String message) {
        super(message);
    }

    public AnchorProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
