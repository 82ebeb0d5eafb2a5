package app.safepost.publishing;

/** A takedown that cannot be done as asked; the message says why, in words for SLT. */
public class TakedownRefused extends RuntimeException {

    private final String field;

    public TakedownRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message belongs next to ("reason"), or "post" for the post as a whole. */
    public String field() {
        return field;
    }
}
