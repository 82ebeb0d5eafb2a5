package app.safepost.media;

import java.util.List;

/**
 * The policy checks on the words read in a photo, for the photo API's answer: implemented where the
 * checks and the roster index are (drafting), so that the media module depends on neither.
 */
public interface PhotoTextFindings {

    /** What the name checks find in the photo's words, checked as for a class account (the strictest). */
    List<TextFinding> find(PhotoText text);

    /** A finding about words in a photo: the region to cover, never the words themselves. */
    record TextFinding(String clause, String severity, String message, Region region) {}
}
