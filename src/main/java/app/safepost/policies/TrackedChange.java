package app.safepost.policies;

/** One clause (a sentence or list item) of a review's draft compared with the adopted version. */
public record TrackedChange(Kind kind, String text) {

    public enum Kind {
        UNCHANGED,
        REMOVED,
        ADDED
    }
}
