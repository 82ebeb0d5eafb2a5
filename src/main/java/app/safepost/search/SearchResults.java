package app.safepost.search;

import java.util.List;

/**
 * A page of what a search found, latest first.
 *
 * @param total  how many records were found, at most {@link SchoolSearch#MAX_FOUND} of each kind
 * @param capped some kind found more than that: narrower words find the rest
 */
public record SearchResults(String words, int page, int size, int total, boolean capped, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** Whether a later page holds more. */
    public boolean more() {
        return (long) (page + 1) * size < total;
    }
}
