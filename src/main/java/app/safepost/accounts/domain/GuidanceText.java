package app.safepost.accounts.domain;

import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.GuidanceRuleKind;
import app.safepost.accounts.GuidanceRules;
import app.safepost.accounts.GuidanceSeverity;
import app.safepost.accounts.PostingGuidance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Reading, checking and merging the Computing Lead's guidance (P5). Pure. */
public final class GuidanceText {

    static final int MAX_TAG_LIMIT = 20;
    static final int MAX_NOTE = 1000;
    static final int MAX_WORD = 60;
    private static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]{1,100}");
    private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9_]{1,50}(@[A-Za-z0-9.-]{1,200})?");
    private static final String SEPARATOR = ", ";

    private GuidanceText() {}

    /** Hashtags or handles as typed: separated by commas, spaces or new lines. */
    public static List<String> tags(String typed) {
        return distinct(Arrays.asList(typed == null ? new String[0] : typed.split("[,\\s]+")));
    }

    /** Words or short phrases as typed: separated by commas or new lines. */
    public static List<String> words(String typed) {
        return distinct(Arrays.asList(typed == null ? new String[0] : typed.split("[,\\n\\r]+")));
    }

    static String join(List<String> values) {
        return String.join(SEPARATOR, values);
    }

    static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(SEPARATOR));
    }

    /** Messages by field for everything wrong; empty when the rules may be saved. */
    public static Map<String, String> problemsWith(GuidanceRules rules) {
        var problems = new LinkedHashMap<String, String>();
        checkTags(
                problems,
                "requiredHashtags",
                rules.requiredHashtags(),
                HASHTAG,
                "Write each hashtag with its #, for example #JGPLearning.",
                2000);
        checkTags(
                problems,
                "forbiddenHashtags",
                rules.forbiddenHashtags(),
                HASHTAG,
                "Write each hashtag with its #, for example #JGPLearning.",
                2000);
        checkTags(
                problems,
                "allowedHandles",
                rules.allowedHandles(),
                HANDLE,
                "Write each handle with its @, for example @JGP_Kestrels.",
                4000);
        for (var word : rules.forbiddenWords()) {
            if (word.isBlank() || word.contains(",")) {
                problems.put("forbiddenWords", "Separate words with commas; a word cannot be empty.");
            } else if (word.strip().length() > MAX_WORD) {
                problems.put("forbiddenWords", "Each word or phrase can be at most " + MAX_WORD + " characters.");
            }
        }
        if (!problems.containsKey("forbiddenWords")
                && join(rules.forbiddenWords()).length() > 4000) {
            problems.put("forbiddenWords", "The list is too long; keep it under 4000 characters.");
        }
        if (rules.maxTags() != null && (rules.maxTags() < 0 || rules.maxTags() > MAX_TAG_LIMIT)) {
            problems.put("maxTags", "Enter a number from 0 to " + MAX_TAG_LIMIT + ", or leave it empty for no limit.");
        }
        if (rules.note().strip().length() > MAX_NOTE) {
            problems.put("note", "The note can be at most " + MAX_NOTE + " characters.");
        }
        return problems;
    }

    private static void checkTags(
            Map<String, String> problems,
            String field,
            List<String> values,
            Pattern pattern,
            String message,
            int maxLength) {
        var bad = values.stream().filter(v -> !pattern.matcher(v).matches()).findFirst();
        if (bad.isPresent()) {
            problems.put(field, "\"" + bad.get() + "\" is not valid. " + message);
        } else if (join(values).length() > maxLength) {
            problems.put(field, "The list is too long; keep it under " + maxLength + " characters.");
        }
    }

    /**
     * The guidance in force for an account: lists combined (all-accounts first, no repeats,
     * ignoring case), the lower tag limit, both notes, and for each kind the stricter severity.
     */
    public static PostingGuidance merge(AccountSummary account, GuidanceRules allAccounts, GuidanceRules own) {
        var severities = new EnumMap<GuidanceRuleKind, GuidanceSeverity>(GuidanceRuleKind.class);
        for (var kind : GuidanceRuleKind.values()) {
            severities.put(kind, allAccounts.severityOf(kind).stricter(own.severityOf(kind)));
        }
        Integer maxTags = own.maxTags();
        if (allAccounts.maxTags() != null && (maxTags == null || allAccounts.maxTags() < maxTags)) {
            maxTags = allAccounts.maxTags();
        }
        var notes = new ArrayList<String>();
        for (var note : List.of(allAccounts.note(), own.note())) {
            if (!note.isBlank()) {
                notes.add(note.strip());
            }
        }
        return new PostingGuidance(
                account.id(),
                account.handle(),
                union(allAccounts.requiredHashtags(), own.requiredHashtags()),
                union(allAccounts.forbiddenWords(), own.forbiddenWords()),
                union(allAccounts.forbiddenHashtags(), own.forbiddenHashtags()),
                union(allAccounts.allowedHandles(), own.allowedHandles()),
                maxTags,
                notes,
                severities);
    }

    private static List<String> union(List<String> first, List<String> second) {
        var all = new ArrayList<String>(first);
        all.addAll(second);
        return distinct(all);
    }

    private static List<String> distinct(List<String> values) {
        var seen = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        var result = new ArrayList<String>();
        for (var value : values) {
            var v = value.strip();
            if (!v.isEmpty() && seen.add(v.toLowerCase(Locale.ROOT))) {
                result.add(v);
            }
        }
        return result;
    }
}
