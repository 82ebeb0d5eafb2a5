package app.safepost.audit;

import org.jspecify.annotations.Nullable;

/**
 * What asking for an anchor came to: the check that precedes it and, when the trail was intact and the
 * anchor could be written, the anchor.
 *
 * @param inWords what happened, as the integrity screen says it
 */
public record AnchorOutcome(
        IntegrityReport report, @Nullable ChainAnchor anchor, String inWords) {

    public boolean anchored() {
        return anchor != null;
    }
}
