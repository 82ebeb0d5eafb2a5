package app.safepost.compliance;

import static app.safepost.compliance.TextScan.ALL_CAPS;
import static app.safepost.compliance.TextScan.CAMEL;
import static app.safepost.compliance.TextScan.CAPITALISED;
import static app.safepost.compliance.TextScan.GAP_DOT;
import static app.safepost.compliance.TextScan.GAP_SENTENCE;
import static app.safepost.compliance.TextScan.GAP_SPACE;
import static app.safepost.compliance.TextScan.HANDLE;
import static app.safepost.compliance.TextScan.HASHTAG;
import static app.safepost.compliance.TextScan.WORD;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Safeguarding: a pupil the Designated Safeguarding Lead flagged "never publish" may not be named in
 * any post on any account, the whole-school account included. Their first or preferred name blocks
 * wherever it stands (a word, a hashtag, a handle, inside a joined-up tag), written in lower case an
 * ordinary word ("hope") only warns; their initials warn. There is no override. Works on its own
 * index of the flagged pupils' names, built with the roster's, so most posts are passed after one
 * look-up per word.
 */
final class NeverPublishNames {

    static final String CLAUSE = "never-publish";

    private static final NeverPublishNames NONE = new NeverPublishNames(List.of());

    private final RosterIndex names;
    private final Set<String> initials;

    private NeverPublishNames(Collection<RosterPupil> flagged) {
        names = RosterIndex.build(flagged);
        initials = new HashSet<>();
        for (var pupil : flagged) {
            var surname = NameKeys.spaced(pupil.surname());
            addInitials(pupil.firstName(), surname);
            if (pupil.preferredName() != null) {
                addInitials(pupil.preferredName(), surname);
            }
        }
    }

    /** The rule for the flagged pupils of this roster. */
    static NeverPublishNames of(RosterIndex roster) {
        var flagged = new ArrayList<RosterPupil>();
        for (var pupil : roster.pupils) {
            if (pupil.neverPublish()) {
                flagged.add(pupil);
            }
        }
        return flagged.isEmpty() ? NONE : new NeverPublishNames(flagged);
    }

    /** The rule for one pupil, as if flagged: to find the posts that name them. */
    static NeverPublishNames of(RosterPupil pupil) {
        return new NeverPublishNames(List.of(pupil));
    }

    /** Whether the text names the pupils of this rule (first or preferred name, not initials). */
    boolean names(String text) {
        var found = new ArrayList<Finding>();
        check(TextScan.of(text), Finding.NOT_IN_TEXT, found);
        return found.stream().anyMatch(f -> f.severity() == Severity.BLOCK);
    }

    void check(TextScan scan, int altText, List<Finding> out) {
        if (names.size() == 0) {
            return;
        }
        for (int i = 0; i < scan.count; i++) {
            if ((scan.is(i, HASHTAG) || scan.is(i, HANDLE) || scan.is(i, CAMEL)) && nameInsideTag(scan, i)) {
                out.add(finding(Severity.BLOCK, NAMED, scan, i, i, altText));
                continue;
            }
            int last = nameAt(scan, i);
            if (last >= 0) {
                int phrase = names.phrases.get(scan.keys, scan.keyStart[i], scan.keyEnd[last]);
                boolean word = names.isOrdinary(phrase) && !scan.is(i, CAPITALISED);
                out.add(finding(
                        word ? Severity.WARN : Severity.BLOCK, word ? MAYBE_NAMED : NAMED, scan, i, last, altText));
                i = last;
                continue;
            }
            int initialsEnd = initialsAt(scan, i);
            if (initialsEnd >= 0) {
                out.add(finding(Severity.WARN, INITIALS, scan, i, initialsEnd, altText));
                i = initialsEnd;
            }
        }
    }

    private static final String NAMED =
            "this names a pupil who may not appear in any post, on any account." + " Take the name out.";
    private static final String MAYBE_NAMED =
            "this could be the name of a pupil who may not appear in any post." + " If it names them, take it out.";
    private static final String INITIALS =
            "these could be the initials of a pupil who may not appear in any post." + " If they are, take them out.";

    private static Finding finding(Severity severity, String what, TextScan scan, int first, int last, int altText) {
        var where = altText < 0 ? "" : " (alt text " + (altText + 1) + ")";
        return new Finding(
                CLAUSE,
                severity,
                "Never publish" + where + ": " + what,
                scan.start[first],
                scan.nameEnd[last],
                altText);
    }

    /** The last token of the longest flagged first or preferred name starting at token i, or -1. */
    private int nameAt(TextScan scan, int i) {
        int found = -1;
        for (int length = 1; length <= names.maxPhraseWords && i + length - 1 < scan.count; length++) {
            int id = NameLookup.phraseAt(names, scan, i, length);
            if (id < 0) {
                break;
            }
            if (names.isGiven(id)) {
                found = i + length - 1;
            }
        }
        return found;
    }

    /** A flagged name as one or more whole parts of a tag: #Amelia, @amelia_k, #WellDoneAmelia, #MaryJane. */
    private boolean nameInsideTag(TextScan scan, int i) {
        var starts = new ArrayList<Integer>();
        int from = scan.keyStart[i];
        int to = scan.keyEnd[i];
        for (int k = from; k < to; k++) {
            if (k == from || startsPart(scan, k)) {
                starts.add(k);
            }
        }
        starts.add(to);
        for (int a = 0; a < starts.size() - 1; a++) {
            for (int b = a + 1; b < starts.size(); b++) {
                int id = names.phrases.get(scan.keys, starts.get(a), starts.get(b));
                if (id >= 0 && names.isGiven(id) && !names.isOrdinary(id)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsPart(TextScan scan, int keyIndex) {
        int at = scan.keySource[keyIndex];
        if (at == scan.keySource[keyIndex - 1] || at == 0) {
            return false;
        }
        char c = scan.text.charAt(at);
        char before = scan.text.charAt(at - 1);
        return (Character.isUpperCase(c) && Character.isLowerCase(before))
                || !Character.isLetterOrDigit(before)
                || Character.isDigit(c) != Character.isDigit(before);
    }

    /** The last token of a flagged pupil's initials at token i ("AK", "A.K.", "A. K."), or -1. */
    private int initialsAt(TextScan scan, int i) {
        if (!scan.is(i, WORD) || !scan.is(i, CAPITALISED)) {
            return -1;
        }
        int length = scan.keyLength(i);
        if (length == 2 && scan.letters[i] == 2 && scan.is(i, ALL_CAPS)) {
            return initials.contains(new String(scan.keys, scan.keyStart[i], 2)) ? i : -1;
        }
        int next = i + 1;
        if (length != 1
                || scan.letters[i] != 1
                || next >= scan.count
                || !scan.is(next, WORD)
                || scan.letters[next] != 1
                || !scan.is(next, CAPITALISED)
                || (scan.gap[next] & GAP_DOT) == 0
                || (scan.gap[next] & ~(GAP_DOT | GAP_SPACE | GAP_SENTENCE)) != 0) {
            return -1;
        }
        var pair = new String(new char[] {scan.keys[scan.keyStart[i]], scan.keys[scan.keyStart[next]]});
        return initials.contains(pair) ? next : -1;
    }

    private void addInitials(String given, String surname) {
        var first = NameKeys.spaced(given);
        if (!first.isEmpty() && !surname.isEmpty()) {
            initials.add(new String(new char[] {first.charAt(0), surname.charAt(0)}));
        }
    }
}
