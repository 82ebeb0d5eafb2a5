package app.safepost.compliance;

import static app.safepost.compliance.TextScan.CAPITALISED;
import static app.safepost.compliance.TextScan.WORD;

import java.util.List;
import java.util.Set;

/**
 * Beyond the policy, a warning: a UK phone number, an e-mail address, or a street address (a number
 * and a street word, "12 Acacia Avenue", or a postcode) lets a stranger find a child or a family.
 */
final class ContactDetails {

    static final String CLAUSE = "contact-details";

    private static final Set<String> STREET_WORDS = Set.of(
            "road",
            "rd",
            "street",
            "st",
            "lane",
            "ln",
            "avenue",
            "ave",
            "close",
            "drive",
            "way",
            "crescent",
            "grove",
            "place",
            "court",
            "gardens",
            "terrace",
            "mews",
            "row",
            "square",
            "walk",
            "rise",
            "parade",
            "boulevard",
            "hill",
            "view",
            "mead",
            "chase");

    private ContactDetails() {}

    static void check(TextScan scan, int altText, List<Finding> out) {
        String text = scan.text;
        phoneNumbers(text, altText, out);
        if (text.indexOf('@') >= 0) {
            emailAddresses(text, altText, out);
        }
        streetAddresses(scan, altText, out);
    }

    private static void phoneNumbers(String text, int altText, List<Finding> out) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '+' && c != '0' && c != '(') {
                continue;
            }
            if (i > 0 && (NameKeys.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '+')) {
                continue;
            }
            int end = phoneNumberAt(text, i);
            if (end > 0) {
                add(
                        out,
                        altText,
                        "this looks like a phone number. Take it out: the school's own contact "
                                + "details are on its website.",
                        i,
                        end);
                i = end;
            }
        }
    }

    /** The end of a UK phone number starting at i, or -1. */
    private static int phoneNumberAt(String text, int i) {
        int n = text.length();
        int k = i;
        boolean international = false;
        if (text.charAt(k) == '+') {
            if (k + 2 < n && text.charAt(k + 1) == '4' && text.charAt(k + 2) == '4') {
                international = true;
                k += 3;
            } else {
                return -1;
            }
        }
        int digits = 0;
        int groups = 0;
        int groupLength = 0;
        int firstGroup = -1;
        char first = 0;
        char second = 0;
        int lastDigit = -1;
        while (k < n) {
            char d = text.charAt(k);
            if (d >= '0' && d <= '9') {
                if (digits == 0) {
                    first = d;
                } else if (digits == 1) {
                    second = d;
                }
                digits++;
                groupLength++;
                lastDigit = k;
                k++;
                if (digits > 13) {
                    return -1;
                }
            } else if (d == ' ' || d == '-' || d == '.' || d == '(' || d == ')' || d == '\u00A0') {
                if (groupLength > 0) {
                    groups++;
                    if (firstGroup < 0) {
                        firstGroup = groupLength;
                    }
                    groupLength = 0;
                }
                k++;
                if (k < n && isSeparator(text.charAt(k)) && d != ')' && text.charAt(k) != '(' && !(d == '(')) {
                    break;
                }
            } else {
                break;
            }
        }
        if (groupLength > 0) {
            groups++;
            if (firstGroup < 0) {
                firstGroup = groupLength;
            }
        }
        if (lastDigit < 0 || (lastDigit + 1 < n && NameKeys.isLetterOrDigit(text.charAt(lastDigit + 1)))) {
            return -1;
        }
        if (international) {
            int national = first == '0' ? digits - 1 : digits;
            return national >= 9 && national <= 10 && groups <= 5 ? lastDigit + 1 : -1;
        }
        boolean ukPrefix = first == '0' && "1235789".indexOf(second) >= 0;
        boolean grouped = groups == 1 || (firstGroup >= 3 && firstGroup <= 5 && groups <= 4);
        return ukPrefix && (digits == 10 || digits == 11) && grouped ? lastDigit + 1 : -1;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '\u00A0';
    }

    private static void emailAddresses(String text, int altText, List<Finding> out) {
        int n = text.length();
        for (int at = text.indexOf('@'); at > 0; at = text.indexOf('@', at + 1)) {
            int from = at;
            while (from > 0 && isLocalChar(text.charAt(from - 1))) {
                from--;
            }
            if (from == at || (from > 0 && text.charAt(from - 1) == '@')) {
                continue; // a handle, or a fediverse handle @name@server
            }
            int to = at + 1;
            int lastDot = -1;
            while (to < n
                    && (NameKeys.isLetterOrDigit(text.charAt(to))
                            || text.charAt(to) == '-'
                            || text.charAt(to) == '.')) {
                if (text.charAt(to) == '.') {
                    lastDot = to;
                }
                to++;
            }
            while (to > at + 1 && (text.charAt(to - 1) == '.' || text.charAt(to - 1) == '-')) {
                to--;
            }
            if (lastDot > at + 1 && lastDot < to - 2) {
                add(out, altText, "this looks like an e-mail address. Take it out of the post.", from, to);
                at = to;
            }
        }
    }

    private static boolean isLocalChar(char c) {
        return NameKeys.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static void streetAddresses(TextScan scan, int altText, List<Finding> out) {
        for (int i = 0; i < scan.count; i++) {
            if (!scan.is(i, WORD)) {
                continue;
            }
            int postcodeEnd = postcodeAt(scan, i);
            if (postcodeEnd >= 0) {
                add(
                        out,
                        altText,
                        "this looks like a postcode. Take it out: it says where someone lives.",
                        scan.start[i],
                        scan.end[postcodeEnd]);
                i = postcodeEnd;
                continue;
            }
            if (!isHouseNumber(scan, i)) {
                continue;
            }
            for (int j = i + 1; j < scan.count && j <= i + 4; j++) {
                if (!scan.is(j, WORD) || !scan.is(j, CAPITALISED) || !scan.gapOnlySpace(j)) {
                    break;
                }
                if (j > i + 1 && isStreetWord(scan, j)) {
                    add(
                            out,
                            altText,
                            "this looks like a street address. Take it out: it says where someone lives.",
                            scan.start[i],
                            scan.end[j]);
                    i = j;
                    break;
                }
            }
        }
    }

    private static boolean isHouseNumber(TextScan scan, int i) {
        int from = scan.start[i];
        int to = scan.end[i];
        if (to - from > 4 || !Character.isDigit(scan.text.charAt(from))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = scan.text.charAt(k);
            if (!(c >= '0' && c <= '9') && !(k == to - 1 && Character.isLetter(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStreetWord(TextScan scan, int j) {
        if (scan.keyLength(j) > 9) {
            return false;
        }
        for (String word : STREET_WORDS) {
            if (scan.keyEquals(j, word)) {
                return true;
            }
        }
        return false;
    }

    /** "SW1A 1AA", "M1 1AE", "B338TH": returns the last token of the postcode, or -1. */
    private static int postcodeAt(TextScan scan, int i) {
        String text = scan.text;
        int from = scan.start[i];
        int to = scan.end[i];
        int outward = outwardLength(text, from, to);
        if (outward == to - from
                && i + 1 < scan.count
                && scan.gapOnlySpace(i + 1)
                && isInward(text, scan.start[i + 1], scan.end[i + 1])) {
            return i + 1;
        }
        if (to - from >= 5 && isInward(text, to - 3, to) && outwardLength(text, from, to - 3) == to - 3 - from) {
            return i;
        }
        return -1;
    }

    /** How much of [from, to) reads as an outward code: A9, A99, AA9, AA99, A9A, AA9A; 0 if none. */
    private static int outwardLength(String text, int from, int to) {
        int k = from;
        int letters = 0;
        while (k < to && letters < 2 && isUpper(text.charAt(k))) {
            k++;
            letters++;
        }
        if (letters == 0 || k >= to || !isDigit(text.charAt(k))) {
            return 0;
        }
        k++;
        if (k < to && (isDigit(text.charAt(k)) || isUpper(text.charAt(k)))) {
            k++;
        }
        return k - from;
    }

    private static boolean isInward(String text, int from, int to) {
        return to - from == 3
                && isDigit(text.charAt(from))
                && isUpper(text.charAt(from + 1))
                && isUpper(text.charAt(from + 2));
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void add(List<Finding> out, int altText, String message, int start, int end) {
        String where = altText < 0 ? "" : " (alt text " + (altText + 1) + ")";
        out.add(new Finding(CLAUSE, Severity.WARN, "Contact details" + where + ": " + message, start, end, altText));
    }
}
