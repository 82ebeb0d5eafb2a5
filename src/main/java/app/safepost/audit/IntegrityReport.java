package app.safepost.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The result of recomputing the revision chain.
 *
 * @param firstBrokenPosition the first link that does not verify, {@code null} when all do
 * @param firstBrokenRevision that link's revision
 * @param problem             what is wrong with it, in words
 * @param headHash            the last link's hash: the value to keep outside the database
 * @param firstPosition       the first link checked: 1 for the whole chain, else the link after the
 *                            latest anchor (the nightly check between full ones)
 */
public record IntegrityReport(
        Instant checkedAt,
        String checkedBy,
        long linksChecked,
        @Nullable Long firstBrokenPosition,
        @Nullable Long firstBrokenRevision,
        @Nullable String problem,
        @Nullable String headHash,
        long firstPosition) {

    /** Whether the whole chain was checked, from its first link. */
    public boolean whole() {
        return firstPosition <= 1;
    }

    /** The last link checked (for an intact chain, its head). */
    public long lastPosition() {
        return Math.max(firstPosition, 1) + linksChecked - 1;
    }

    public boolean intact() {
        return firstBrokenPosition == null && problem == null;
    }

    /** The verdict in words, as the integrity screen shows it. */
    public String inWords() {
        if (intact()) {
            return whole()
                    ? "Intact: all " + linksChecked + " links verify."
                    : "Intact: the " + linksChecked + " links after link " + (firstPosition - 1)
                            + " verify (the links up to it were verified before; the weekly full check checks them again).";
        }
        var where = firstBrokenPosition != null
                ? "First broken link: " + firstBrokenPosition + " (revision " + firstBrokenRevision + "). "
                : "";
        return "Altered. " + where + problem;
    }
}
