package app.safepost.accounts;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The guidance in force for one account: the all-accounts rules merged with the account's own.
 * Lists combine, the lower tag limit wins, and for each kind of rule block beats warn. The
 * compliance checks read this; the draft editor shows the notes beside the text.
 *
 * @param maxTags the most @handles one post may tag; null for no limit
 * @param notes   the Computing Lead's notes for drafters, all-accounts note first
 */
public record PostingGuidance(
        AccountId account,
        String handle,
        List<String> requiredHashtags,
        List<String> forbiddenWords,
        List<String> forbiddenHashtags,
        List<String> allowedHandles,
        @Nullable Integer maxTags,
        List<String> notes,
        Map<GuidanceRuleKind, GuidanceSeverity> severities) {

    public PostingGuidance {
        requiredHashtags = List.copyOf(requiredHashtags);
        forbiddenWords = List.copyOf(forbiddenWords);
        forbiddenHashtags = List.copyOf(forbiddenHashtags);
        allowedHandles = List.copyOf(allowedHandles);
        notes = List.copyOf(notes);
        severities = Map.copyOf(severities);
    }

    public GuidanceSeverity severityOf(GuidanceRuleKind kind) {
        return severities.get(kind);
    }
}
