package app.safepost.publishing;

/** A confirmation about an unchecked post that cannot be taken as given; the message says why, for SLT. */
public class CheckRefused extends RuntimeException {

    private final String field;

    public CheckRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message belongs next to ("address"), or "post" for the post as a whole. */
    public String field() {
        return field;
    }
}
