package app.safepost.subjectaccess;

/** An erasure that did not go ahead, or stopped: the field it concerns and what to do, in plain words. */
public class ErasureRefused extends RuntimeException {

    private final String field;

    public ErasureRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
