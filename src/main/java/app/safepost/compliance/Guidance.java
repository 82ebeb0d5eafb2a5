package app.safepost.compliance;

import java.util.Objects;
import java.util.Set;

/**
 * The Computing Lead's posting guidance for one account (P5), already merged from the all-accounts
 * and the account's own rules. Comparisons ignore case and a leading {@code #} or {@code @}.
 *
 * @param requiredHashtags  hashtags every post must carry
 * @param forbiddenWords    words or short phrases no post may use (matched as whole words, accents and
 *                          case ignored)
 * @param forbiddenHashtags hashtags no post may carry
 * @param allowedHandles    the only @handles a post may tag; an empty set allows any
 * @param maxTags           the most @handles one post may tag; {@link #NO_TAG_LIMIT} (or any negative
 *                          number) for no limit
 * @param note              the Computing Lead's note for authors; not checked
 */
public record Guidance(
        Set<String> requiredHashtags,
        Set<String> forbiddenWords,
        Set<String> forbiddenHashtags,
        Set<String> allowedHandles,
        int maxTags,
        Severity requiredSeverity,
        Severity forbiddenSeverity,
        Severity handleSeverity,
        Severity tagCountSeverity,
        String note) {

    public static final int NO_TAG_LIMIT = -1;

    public Guidance {
        requiredHashtags = Set.copyOf(requiredHashtags);
        forbiddenWords = Set.copyOf(forbiddenWords);
        forbiddenHashtags = Set.copyOf(forbiddenHashtags);
        allowedHandles = Set.copyOf(allowedHandles);
        Objects.requireNonNull(requiredSeverity, "requiredSeverity");
        Objects.requireNonNull(forbiddenSeverity, "forbiddenSeverity");
        Objects.requireNonNull(handleSeverity, "handleSeverity");
        Objects.requireNonNull(tagCountSeverity, "tagCountSeverity");
        note = note == null ? "" : note;
    }

    /** No rules: what an account has before the Computing Lead writes any. */
    public static Guidance none() {
        return new Guidance(
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                NO_TAG_LIMIT,
                Severity.WARN,
                Severity.BLOCK,
                Severity.WARN,
                Severity.WARN,
                "");
    }

    public boolean limitsTags() {
        return maxTags >= 0;
    }
}
