package app.safepost.policies.domain;

import app.safepost.common.SchoolTime;
import app.safepost.policies.TrackedChange;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A policy's Markdown text seen as sections (one per heading, for the structured editor and for
 * comments) and as clauses (sentences and list items, the unit of tracked changes).
 */
public final class PolicyText {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\\[(\"'])");
    /** A line of the policy's own sign-off box: "Review Date:\tJanuary 2024", bold or not. */
    private static final Pattern SIGN_OFF_LINE = Pattern.compile(
            "^([*_\\s]*)(head teacher signature|date adopted|review date)([*_]*\\s*:[*_]*)([ \\t]*)(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    private PolicyText() {}

    /** A section: its title (the heading without #, or "Opening" before the first heading) and raw text. */
    public record Section(String title, String text) {}

    /** The SHA-256 of the exact text, UTF-8, in lower-case hex. */
    public static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The text as the head teacher signs it: its own sign-off lines (head teacher signature, date adopted,
     * review date), where it has them, say what the sign-off says, so the signed text never contradicts
     * its sign-off block. Everything else is the draft, character for character.
     */
    public static String asSigned(String draft, String signedBy, LocalDate adoptedOn, LocalDate nextReview) {
        var matcher = SIGN_OFF_LINE.matcher(draft);
        var out = new StringBuilder();
        while (matcher.find()) {
            var value = switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
                case "review date" -> SchoolTime.date(nextReview);
                case "date adopted" -> SchoolTime.date(adoptedOn);
                default -> signedBy + " (signed in the portal)";
            };
            var separator = matcher.group(4).isEmpty() ? " " : matcher.group(4);
            matcher.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            matcher.group(1) + matcher.group(2) + matcher.group(3) + separator + value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Splits at Markdown headings; joining the sections' texts gives back the text exactly. */
    public static List<Section> sections(String text) {
        var sections = new ArrayList<Section>();
        var current = new StringBuilder();
        var title = "Opening";
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            var line = text.substring(start, end);
            if (isHeading(line) && !current.isEmpty()) {
                sections.add(new Section(title, current.toString()));
                current.setLength(0);
            }
            if (isHeading(line)) {
                title = line.strip().replaceFirst("^#+\\s*", "");
            }
            current.append(line);
            start = end;
        }
        if (!current.isEmpty() || sections.isEmpty()) {
            sections.add(new Section(title, current.toString()));
        }
        return sections;
    }

    /** The text with one section's text replaced; a section keeps its line break before the next. */
    public static String replaceSection(String text, int index, String sectionText) {
        var sections = sections(text);
        if (index < 0 || index >= sections.size()) {
            throw new IllegalArgumentException("No section " + index);
        }
        var out = new StringBuilder();
        for (int i = 0; i < sections.size(); i++) {
            var part = i == index
                    ? sectionText.replace("\r\n", "\n")
                    : sections.get(i).text();
            out.append(part);
            if (i < sections.size() - 1 && !part.endsWith("\n")) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Sentences and list items, without blank lines: what a reader calls a clause. */
    public static List<String> clauses(String text) {
        var clauses = new ArrayList<String>();
        for (var line : text.split("\r?\n")) {
            var stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            for (var sentence : SENTENCE_END.split(stripped)) {
                if (!sentence.isBlank()) {
                    clauses.add(sentence.strip());
                }
            }
        }
        return clauses;
    }

    /** The draft against the adopted text, clause by clause, in the draft's order. */
    public static List<TrackedChange> trackedChanges(String adopted, String draft) {
        var before = clauses(adopted);
        var after = clauses(draft);
        var patch = DiffUtils.diff(before, after);
        var changes = new ArrayList<TrackedChange>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                changes.add(new TrackedChange(TrackedChange.Kind.UNCHANGED, before.get(position)));
            }
            delta.getSource().getLines().forEach(l -> changes.add(new TrackedChange(TrackedChange.Kind.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> changes.add(new TrackedChange(TrackedChange.Kind.ADDED, l)));
            position += delta.getSource().size();
        }
        for (; position < before.size(); position++) {
            changes.add(new TrackedChange(TrackedChange.Kind.UNCHANGED, before.get(position)));
        }
        return changes;
    }

    private static boolean isHeading(String line) {
        return line.startsWith("#");
    }
}
