package app.safepost.compliance;

import static app.safepost.compliance.TextScan.ALL_CAPS;
import static app.safepost.compliance.TextScan.CAMEL;
import static app.safepost.compliance.TextScan.CAPITALISED;
import static app.safepost.compliance.TextScan.CONSUMED;
import static app.safepost.compliance.TextScan.GAP_COMMA;
import static app.safepost.compliance.TextScan.GAP_COMMAS;
import static app.safepost.compliance.TextScan.GAP_DOT;
import static app.safepost.compliance.TextScan.GAP_NEWLINE;
import static app.safepost.compliance.TextScan.GAP_OTHER;
import static app.safepost.compliance.TextScan.GAP_SPACE;
import static app.safepost.compliance.TextScan.GAP_START;
import static app.safepost.compliance.TextScan.GAP_STOP;
import static app.safepost.compliance.TextScan.HANDLE;
import static app.safepost.compliance.TextScan.HASHTAG;
import static app.safepost.compliance.TextScan.LOWER;
import static app.safepost.compliance.TextScan.WORD;

import java.util.List;

/**
 * P12 (never a pupil's first name and surname together; a surname alone warns) and P13 (class
 * accounts use initials only) over one scanned text.
 * <p>
 * A pair counts only when the roster has a pupil with exactly that first (or preferred) name and
 * surname: in either order ("Khan, Amelia"), across any spaces and line breaks or a hyphen, in any
 * case, possessive or not, and joined up in a hashtag or handle. It warns rather than blocks only
 * when both words are ordinary English written in lower case ("we will hope"). A first name on a
 * class account blocks when it is used as a name, in Title Case and capitals too; an ordinary word
 * (Will, May, Hope) written in lower case is the word, and written with a capital only warns where it
 * could be the word (the start of a sentence, after "the", a month or season, capitals, next to
 * another capitalised word). A name followed by a capitalised word that could be a surname is
 * someone else's ("Amelia Earhart", "Florence Nightingale"), one with a regnal number a monarch's
 * ("Henry VIII"), one after a title an adult's ("Mrs May", "King Arthur"); the school's own name is
 * never a pupil's ("Jesse Gray Primary"). See docs/compliance.md for each rule's reason.
 */
final class PupilNameCheck {

    private static final String[] DETERMINERS = OrdinaryWords.DETERMINERS.toArray(String[]::new);
    private static final String[] TITLES = OrdinaryWords.TITLES.toArray(String[]::new);

    private final RosterIndex roster;
    private final TextScan scan;
    private final boolean classAccount;
    private final int altText;
    private final List<Finding> out;
    private final int[] ids;
    private final int[] lengths;
    private final int[] otherIds;
    private final int[] otherLengths;

    private PupilNameCheck(RosterIndex roster, TextScan scan, boolean classAccount, int altText, List<Finding> out) {
        this.roster = roster;
        this.scan = scan;
        this.classAccount = classAccount;
        this.altText = altText;
        this.out = out;
        int words = roster.maxPhraseWords;
        ids = new int[words];
        lengths = new int[words];
        otherIds = new int[words];
        otherLengths = new int[words];
    }

    static void check(RosterIndex roster, TextScan scan, boolean classAccount, int altText, List<Finding> out) {
        if (roster.size() == 0) {
            return;
        }
        new PupilNameCheck(roster, scan, classAccount, altText, out).check();
    }

    private void check() {
        NameLookup.markSchoolNames(roster, scan);
        for (int i = 0; i < scan.count; i++) {
            if (scan.is(i, CONSUMED)) {
                continue;
            }
            if (scan.is(i, HANDLE)) {
                joinedPair(i);
                continue;
            }
            int found = phrasesAt(i, ids, lengths);
            if (found > 0 && pair(i, found)) {
                continue;
            }
            if ((found == 0 || scan.is(i, HASHTAG) || scan.is(i, CAMEL)) && joinedPair(i)) {
                continue;
            }
            if (found == 0) {
                if (classAccount && scan.is(i, HASHTAG)) {
                    firstNameInsideHashtag(i);
                }
                continue;
            }
            int given = -1;
            int givenLength = 0;
            int surname = -1;
            int surnameLength = 0;
            for (int f = 0; f < found; f++) {
                if (roster.isGiven(ids[f])) {
                    given = ids[f];
                    givenLength = lengths[f];
                }
                if (roster.isSurname(ids[f])) {
                    surname = ids[f];
                    surnameLength = lengths[f];
                }
            }
            if (classAccount && given >= 0 && firstName(i, given, givenLength)) {
                continue;
            }
            if (surname >= 0 && !roster.isGiven(surname)) {
                surnameAlone(i, surname, surnameLength);
            }
        }
    }

    /** The name phrases that start at token i, shortest first; returns how many. */
    private int phrasesAt(int i, int[] foundIds, int[] foundLengths) {
        return NameLookup.phrasesAt(roster, scan, i, foundIds, foundLengths);
    }

    private boolean pair(int i, int found) {
        // first name, then surname
        for (int f = found - 1; f >= 0; f--) {
            int given = ids[f];
            if (!roster.isGiven(given)) {
                continue;
            }
            int j = i + lengths[f];
            if (j >= scan.count || !forwardGap(scan.gap[j]) || scan.is(j, HANDLE)) {
                continue;
            }
            int next = phrasesAt(j, otherIds, otherLengths);
            for (int g = next - 1; g >= 0; g--) {
                int surname = otherIds[g];
                int pair = roster.surnameOf[surname].length == 0 ? -1 : roster.pairs.get(given, surname);
                if (pair >= 0) {
                    boolean ambiguous = lowerCaseWord(i, given) && lowerCaseWord(j, surname);
                    reportPair(i, j + otherLengths[g] - 1, roster.pairPupils[pair][0], given, ambiguous, false);
                    return true;
                }
            }
        }
        // surname, a comma, then first name: "Khan, Amelia"
        for (int f = found - 1; f >= 0; f--) {
            int surname = ids[f];
            if (!roster.isSurname(surname)) {
                continue;
            }
            int j = i + lengths[f];
            if (j >= scan.count || scan.is(j, HANDLE)) {
                continue;
            }
            int gap = scan.gap[j];
            boolean comma = (gap & GAP_COMMA) != 0 && (gap & ~(GAP_COMMA | GAP_SPACE | GAP_NEWLINE)) == 0;
            boolean register = gap == GAP_SPACE && scan.is(i, CAPITALISED) && scan.is(j, CAPITALISED);
            if (!comma && !register) {
                continue;
            }
            int next = phrasesAt(j, otherIds, otherLengths);
            for (int g = next - 1; g >= 0; g--) {
                int given = otherIds[g];
                int pair = roster.givenOf[given].length == 0 ? -1 : roster.pairs.get(given, surname);
                if (pair >= 0) {
                    boolean ambiguous = roster.isGiven(surname) || lowerCaseWord(i, surname) || lowerCaseWord(j, given);
                    reportPair(i, j + otherLengths[g] - 1, roster.pairPupils[pair][0], given, ambiguous, false);
                    return true;
                }
            }
        }
        return false;
    }

    /** Spaces and line breaks, a hyphen, or a dot or underscore inside "amelia.khan"; not a comma. */
    private static boolean forwardGap(int gap) {
        if ((gap & (GAP_COMMA | GAP_COMMAS | GAP_OTHER | GAP_STOP | GAP_START)) != 0) {
            return false;
        }
        return (gap & GAP_DOT) == 0 || (gap & (GAP_SPACE | GAP_NEWLINE)) == 0;
    }

    /** An ordinary word written all in lower case: "will", not "Will" or "wILL". */
    private boolean lowerCaseWord(int token, int phrase) {
        return roster.isOrdinary(phrase) && scan.is(token, LOWER);
    }

    /** A first name and surname joined up inside one hashtag, handle or word: #AmeliaKhan, @amelia_khan1. */
    private boolean joinedPair(int i) {
        int from = scan.keyStart[i];
        int to = scan.keyEnd[i];
        boolean inside = scan.is(i, HASHTAG) || scan.is(i, HANDLE) || scan.is(i, CAMEL);
        if (!inside) {
            return reportJoined(i, NameLookup.joinedPair(roster, scan, from, to), from);
        }
        int[] school = NameLookup.schoolNameInside(roster, scan, i);
        for (int a = from; a < to; a++) {
            int end = NameLookup.inSchoolName(school, a) ? -1 : NameLookup.joinedPairFrom(roster, scan, a, to);
            if (end > 0 && reportJoined(i, NameLookup.joinedPair(roster, scan, a, end), a)) {
                return true;
            }
        }
        return false;
    }

    private boolean reportJoined(int i, int id, int keyFrom) {
        if (id < 0) {
            return false;
        }
        boolean ambiguous = roster.joinedOrdinary[id] && !markedSplit(keyFrom + roster.joinedSplit[id]);
        int pupil = roster.joinedPupils[id][0];
        reportPair(i, i, pupil, -1, ambiguous, true);
        return true;
    }

    /** The two names are visibly separate: AmeliaKhan, amelia_khan, amelia.khan. */
    private boolean markedSplit(int keyIndex) {
        int at = scan.keySource[keyIndex];
        if (at <= 0) {
            return false;
        }
        int c = scan.text.codePointAt(at);
        int before = scan.text.codePointBefore(at);
        return (Character.isUpperCase(c) && Character.isLowerCase(before)) || !Character.isLetter(before);
    }

    private void reportPair(int first, int last, int pupil, int givenPhrase, boolean ambiguous, boolean joined) {
        String initials = givenPhrase < 0 ? roster.initials(pupil, false) : roster.initials(pupil, givenPhrase);
        String what =
                joined ? "this joins a pupil's first name and surname" : "a pupil's first name and surname together";
        String fix = classAccount
                ? "class accounts use initials only: " + initials
                : "use the first name alone or initials (" + initials + ")";
        String message = ambiguous
                ? prefix("P12") + "this could be a pupil's first name and surname together. If it is, " + sentence(fix)
                : prefix("P12") + capitalise(what) + ". " + sentence(capitalise(fix));
        add("P12", ambiguous ? Severity.WARN : Severity.BLOCK, message, scan.start[first], scan.nameEnd[last]);
        for (int t = first; t <= last; t++) {
            scan.flags[t] |= CONSUMED;
        }
    }

    /** Ends with one full stop, even when the text already ends with the stop of an initial ("A.K."). */
    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    /** P13 for a first name at token i on a class account; true when it decided. */
    private boolean firstName(int i, int given, int length) {
        int last = i + length - 1;
        if (after(i, TITLES, true)) {
            return false;
        }
        if (scan.is(i, HASHTAG)) {
            if (roster.isOrdinary(given)) {
                return false;
            }
            reportFirstName(i, last, given, false);
            return true;
        }
        if (scan.is(i, ALL_CAPS) && scan.letters[i] <= 3 && !inCapitals(i, last)) {
            return false; // initials: AK, JO
        }
        if (scan.is(i, CAPITALISED) && !scan.is(last, TextScan.POSSESSIVE) && followedBySomeoneElsesName(last)) {
            return false;
        }
        if (!roster.isOrdinary(given)) {
            reportFirstName(i, last, given, false);
            return true;
        }
        if (scan.is(i, LOWER) || !scan.is(i, CAPITALISED)) {
            return false;
        }
        boolean ambiguous = scan.is(i, ALL_CAPS)
                || scan.startsSentence(i)
                || roster.isMonthOrSeason(given)
                || after(i, DETERMINERS, false)
                || nextToCapitalised(i, last);
        reportFirstName(i, last, given, ambiguous);
        return true;
    }

    /** A word of four letters or more in capitals next to it: "WELL DONE JO" is a name, "AK and JO" initials. */
    private boolean inCapitals(int first, int last) {
        boolean before = first > 0 && scan.is(first - 1, ALL_CAPS) && scan.letters[first - 1] > 3;
        boolean after = last + 1 < scan.count && scan.is(last + 1, ALL_CAPS) && scan.letters[last + 1] > 3;
        return before || after;
    }

    private void reportFirstName(int first, int last, int given, boolean ambiguous) {
        String message;
        if (ambiguous) {
            message = prefix("P13") + "this could be a pupil's first name, or an ordinary word or month. "
                    + "If it names a pupil, write their initials instead.";
        } else {
            String initials = roster.initialsOfOnly(given);
            message = prefix("P13") + "class accounts use initials only. Write "
                    + (initials == null ? "the pupil's initials" : initials) + " instead of the first name.";
        }
        add("P13", ambiguous ? Severity.WARN : Severity.BLOCK, message, scan.start[first], scan.nameEnd[last]);
        for (int t = first; t <= last; t++) {
            scan.flags[t] |= CONSUMED;
        }
    }

    /**
     * "Amelia Earhart", "Florence Nightingale": the next word, capitalised and no pupil's name, could be
     * a surname. It could not when it is an ordinary English word ("Amelia For A Great Week", "Amelia
     * Today"), unless the word list also knows it as a name and it is not among the commonest words:
     * Nightingale, Bridges and Lee are surnames after a first name, For, Class and Best are not.
     */
    private boolean followedBySomeoneElsesName(int last) {
        int next = last + 1;
        if (next >= scan.count || !scan.gapOnlySpace(next) || !scan.is(next, WORD) || !scan.is(next, CAPITALISED)) {
            return false;
        }
        if (scan.letters[next] < 2) {
            return scan.keyEquals(next, "v") || scan.keyEquals(next, "x");
        }
        return phrasesAt(next, otherIds, otherLengths) == 0
                && (isRegnalNumber(next) || couldBeASurname(scan.keyStart[next], scan.keyEnd[next]));
    }

    /** A Roman numeral in capitals after a name makes it a monarch's: "Henry VIII", "George V". */
    private boolean isRegnalNumber(int token) {
        if (!scan.is(token, ALL_CAPS) && scan.letters[token] != 1) {
            return false;
        }
        for (int k = scan.keyStart[token]; k < scan.keyEnd[token]; k++) {
            char c = scan.keys[k];
            if (c != 'i' && c != 'v' && c != 'x') {
                return false;
            }
        }
        return scan.keyLength(token) > 0 && !scan.keyEquals(token, "i");
    }

    private static boolean couldBeASurname(char[] keys, int from, int to) {
        int word = EnglishWords.list().lookUp(keys, from, to);
        return word == EnglishWords.NOT_A_WORD
                || ((word & EnglishWords.ALSO_A_NAME) != 0 && (word & EnglishWords.COMMONEST) == 0);
    }

    private boolean couldBeASurname(int from, int to) {
        return couldBeASurname(scan.keys, from, to);
    }

    /** P13 for a first name inside a camel-case hashtag: #WellDoneAmelia. */
    private void firstNameInsideHashtag(int i) {
        int from = scan.keyStart[i];
        int to = scan.keyEnd[i];
        int[] school = NameLookup.schoolNameInside(roster, scan, i);
        int partStart = from;
        for (int k = from + 1; k <= to; k++) {
            if (k < to && !startsPart(k)) {
                continue;
            }
            int id = NameLookup.inSchoolName(school, partStart) ? -1 : roster.phrases.get(scan.keys, partStart, k);
            if (id >= 0 && roster.isGiven(id) && !roster.isOrdinary(id)) {
                boolean someoneElse = false;
                if (k < to) {
                    int nextEnd = k + 1;
                    while (nextEnd < to && !startsPart(nextEnd)) {
                        nextEnd++;
                    }
                    int nextId = roster.phrases.get(scan.keys, k, nextEnd);
                    someoneElse = Character.isUpperCase(scan.text.codePointAt(scan.keySource[k]))
                            && nextEnd - k >= 2
                            && (nextId < 0 || !roster.isName(nextId))
                            && couldBeASurname(k, nextEnd);
                }
                if (!someoneElse) {
                    reportFirstName(i, i, id, false);
                    return;
                }
            }
            partStart = k;
        }
    }

    private boolean startsPart(int keyIndex) {
        return NameLookup.startsPart(scan, keyIndex);
    }

    private void surnameAlone(int i, int surname, int length) {
        if (scan.is(i, HANDLE) || after(i, TITLES, true)) {
            return;
        }
        int last = i + length - 1;
        if (roster.isOrdinary(surname)) {
            boolean asName = scan.is(i, CAPITALISED)
                    && !scan.is(i, ALL_CAPS)
                    && !scan.is(i, HASHTAG)
                    && !scan.startsSentence(i)
                    && !after(i, DETERMINERS, false)
                    && !nextToCapitalised(i, last);
            if (!asName) {
                return;
            }
        }
        add(
                "P12",
                Severity.WARN,
                prefix("P12") + "this is a pupil's surname. Name children by first name "
                        + "or initials only; leave the surname out.",
                scan.start[i],
                scan.nameEnd[last]);
    }

    private boolean nextToCapitalised(int first, int last) {
        boolean before = first > 0 && scan.gapOnlySpace(first) && scan.is(first - 1, CAPITALISED);
        boolean after = last + 1 < scan.count && scan.gapOnlySpace(last + 1) && scan.is(last + 1, CAPITALISED);
        return before || after;
    }

    /** The word before token i is one of these, with only spaces (or for titles a dot) between. */
    private boolean after(int i, String[] words, boolean dotAllowed) {
        if (i == 0) {
            return false;
        }
        int gap = scan.gap[i];
        if ((gap & ~(GAP_SPACE | (dotAllowed ? GAP_DOT | TextScan.GAP_SENTENCE : 0))) != 0 || (gap & GAP_SPACE) == 0) {
            return false;
        }
        for (String word : words) {
            if (scan.keyEquals(i - 1, word)) {
                return true;
            }
        }
        return false;
    }

    private String prefix(String clause) {
        return altText < 0 ? clause + ": " : clause + " (alt text " + (altText + 1) + "): ";
    }

    private void add(String clause, Severity severity, String message, int start, int end) {
        out.add(new Finding(clause, severity, message, start, end, altText));
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
