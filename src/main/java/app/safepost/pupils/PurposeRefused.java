package app.safepost.pupils;

/** A change to the consent purposes or their settings that the rules refuse; {@code field} is where to show it. */
public class PurposeRefused extends RuntimeException {

    private final String field;

    public PurposeRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
