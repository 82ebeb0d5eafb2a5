package app.safepost.backups;

/**
 * What a {@link RestoredCopyCheck} found in a restored copy.
 *
 * @param summary what was checked and found, in words, e.g. "the revision chain is intact: 3,456 links"
 */
public record CopyVerdict(boolean passed, String summary) {}
