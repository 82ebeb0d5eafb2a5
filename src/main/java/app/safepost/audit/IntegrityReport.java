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
 */
public record IntegrityReport(
        Instant checkedAt,
        String checkedBy,
        long linksChecked,
        @Nullable Long firstBrokenPosition,
        @Nullable Long firstBrokenRevision,
        @Nullable String problem,
        @Nullable String headHash) {

    public boolean intact() {
        return firstBrokenPosition == null && problem == null;
    }

    /** The verdict in words, as the integrity screen shows it. */
    public String inWords() {
        if (intact()) {
            return "Intact: all " + linksChecked + " links verify.";
        }
        var where = firstBrokenPosition != null
                ? "First broken link: " + firstBrokenPosition + " (revision " + firstBrokenRevision + "). "
                : "";
        return "Altered. " + where + problem;
    }
}
