package app.safepost.pupils;

import org.jspecify.annotations.Nullable;

/**
 * The roster file would archive so many pupils that it is probably a partial export, and the caller
 * did not confirm that number (or confirmed another). Nothing was imported.
 */
public class RosterArchiveUnconfirmed extends RuntimeException {

    private final int wouldArchive;
    private final int onRoll;
    private final @Nullable Integer confirmed;

    public RosterArchiveUnconfirmed(int wouldArchive, int onRoll, @Nullable Integer confirmed) {
        super("This file would archive " + wouldArchive + " of the " + onRoll + " pupils on roll, as it does not"
                + " list them. If it is only part of the roster, nothing should be archived: import the whole roster."
                + (confirmed == null
                        ? " To archive them, confirm the number " + wouldArchive + "."
                        : " You confirmed " + confirmed + ", not " + wouldArchive + "; nothing was imported."));
        this.wouldArchive = wouldArchive;
        this.onRoll = onRoll;
        this.confirmed = confirmed;
    }

    public int wouldArchive() {
        return wouldArchive;
    }

    public int onRoll() {
        return onRoll;
    }

    public @Nullable Integer confirmed() {
        return confirmed;
    }
}
