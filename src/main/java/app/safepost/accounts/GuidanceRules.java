package app.safepost.accounts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Computing Lead's rules for one scope: all accounts, or one account. Hashtags are written
 * with their {@code #}, handles with their {@code @}.
 *
 * @param maxTags  the most @handles one post may tag; null for no limit
 * @param version  the version read, for a stale-edit check; -1 when the scope has no rules yet
 */
public record GuidanceRules(
        List<String> requiredHashtags,
        List<String> forbiddenWords,
        List<String> forbiddenHashtags,
        List<String> allowedHandles,
        @Nullable Integer maxTags,
        String note,
        Map<GuidanceRuleKind, GuidanceSeverity> severities,
        long version) {

    public GuidanceRules {
        requiredHashtags = List.copyOf(requiredHashtags);
        forbiddenWords = List.copyOf(forbiddenWords);
        forbiddenHashtags = List.copyOf(forbiddenHashtags);
        allowedHandles = List.copyOf(allowedHandles);
        note = note == null ? "" : note;
        var all = new EnumMap<GuidanceRuleKind, GuidanceSeverity>(defaultSeverities());
        all.putAll(severities);
        severities = Map.copyOf(all);
    }

    /** No rules: what a scope has before the Computing Lead writes any. */
    public static GuidanceRules none() {
        return new GuidanceRules(List.of(), List.of(), List.of(), List.of(), null, "", Map.of(), -1);
    }

    /** Forbidden words and hashtags block; the rest warn. */
    public static Map<GuidanceRuleKind, GuidanceSeverity> defaultSeverities() {
        var map = new EnumMap<GuidanceRuleKind, GuidanceSeverity>(GuidanceRuleKind.class);
        for (var kind : GuidanceRuleKind.values()) {
            map.put(
                    kind,
                    kind == GuidanceRuleKind.FORBIDDEN_WORDS || kind == GuidanceRuleKind.FORBIDDEN_HASHTAGS
                            ? GuidanceSeverity.BLOCK
                            : GuidanceSeverity.WARN);
        }
        return map;
    }

    public GuidanceSeverity severityOf(GuidanceRuleKind kind) {
        return severities.get(kind);
    }
}
