package app.safepost.drafting;

/** No such draft, or not one the caller may see: the API answers 404 either way. */
public class DraftNotFound extends RuntimeException {

    public DraftNotFound(DraftId id) {
        super("No draft " + id + " that you may see.");
    }
}
