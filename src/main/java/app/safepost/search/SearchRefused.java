package app.safepost.search;

/** Words or a page a search cannot take; the message says what to change, and {@code field} which. */
public class SearchRefused extends RuntimeException {

    private final String field;

    public SearchRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
