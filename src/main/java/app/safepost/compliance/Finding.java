package app.safepost.compliance;

import java.util.Objects;

/**
 * One thing a check found. {@code start}/{@code end} are UTF-16 offsets (what Java and a browser's
 * JavaScript strings index by), {@code end} exclusive:
 * <ul>
 * <li>into the post's text when {@code altText} is -1 and {@code start} is 0 or more;</li>
 * <li>into alt text number {@code altText} (0-based, in the order given) when {@code altText} is 0 or
 * more;</li>
 * <li>both -1 when the finding is about the post as a whole: a photo, a missing hashtag, the tag
 * count.</li>
 * </ul>
 * The message names the clause and what to do; it never contains a pupil's surname.
 *
 * @param clause the policy clause (P5, P12, P13, P15), or for checks beyond the policy
 *               {@code contact-details}, {@code live-location} or {@code length-limit}
 */
public record Finding(String clause, Severity severity, String message, int start, int end, int altText) {

    public static final int NOT_IN_TEXT = -1;

    public Finding {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (start < -1 || end < start || (start == -1) != (end == -1) || altText < -1) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " in " + altText);
        }
    }

    /** A finding that points into the post's text. */
    public Finding(String clause, Severity severity, String message, int start, int end) {
        this(clause, severity, message, start, end, NOT_IN_TEXT);
    }

    /** A finding about the post as a whole, not a place in its text. */
    public static Finding aboutThePost(String clause, Severity severity, String message) {
        return new Finding(clause, severity, message, NOT_IN_TEXT, NOT_IN_TEXT, NOT_IN_TEXT);
    }

    public boolean pointsIntoText() {
        return altText == NOT_IN_TEXT && start >= 0;
    }

    public boolean pointsIntoAltText() {
        return altText >= 0;
    }
}
