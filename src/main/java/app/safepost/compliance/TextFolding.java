package app.safepost.compliance;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one normalisation of a post's text and of the roster's names: each code point is folded to
 * the plain lower-case letters a reader takes it for, so a name matches however it was typed or
 * pasted.
 * <ul>
 * <li>ASCII letters and digits are only lower-cased, and nothing else happens to them: the
 * confusables' skeleton would turn "m" into "rn" and "I" into "l".</li>
 * <li>Compatibility forms first (NFKC): full-width letters, mathematical bold or script letters
 * (supplementary code points, two UTF-16 units each), ligatures.</li>
 * <li>Latin letters with accents lose them (Zoë → zoe); ß, æ, ø, ł … are spelled out.</li>
 * <li>Letters of other scripts that look like Latin ones (Cyrillic "а", Greek "α") become those
 * Latin letters through ICU's confusables skeleton (Unicode TR39), one code point at a time. An
 * upper-case look-alike whose skeleton is "l" is an "I", as the skeleton puts I and l together.</li>
 * <li>Invisible characters (zero-width space and joiners, soft hyphen, word joiner, BOM, any
 * default-ignorable code point) and combining marks fold to nothing and do not end a word.</li>
 * </ul>
 * Each non-ASCII code point is folded once and remembered in pages of 256, so plain text costs a
 * table read per character.
 */
final class TextFolding {

    /** A letter of any script. */
    static final int LETTER = 1;
    /** A letter in upper or title case. */
    static final int UPPER = 1 << 1;

    static final int DIGIT = 1 << 2;
    /** Folds to nothing and does not end a word: a combining mark or an invisible character. */
    static final int INSIDE_WORD = 1 << 3;
    /** One of the controls that change the direction text is shown in (U+202A–U+202E, U+2066–U+2069). */
    static final int DIRECTION = 1 << 4;
    /** A space between words on one line. */
    static final int SPACE = 1 << 5;
    /** A line or paragraph break. */
    static final int LINE_BREAK = 1 << 6;

    /** What one code point is and the letters it folds to. */
    record Folded(String key, int kind) {
        boolean is(int flag) {
            return (kind & flag) != 0;
        }

        boolean isLetterOrDigit() {
            return (kind & (LETTER | DIGIT)) != 0;
        }
    }

    private static final Folded[] ASCII = new Folded[128];
    private static final Folded[][] PAGES = new Folded[(Character.MAX_CODE_POINT + 1) >>> 8][];

    static {
        for (char c = 0; c < 128; c++) {
            boolean upper = c >= 'A' && c <= 'Z';
            boolean lower = c >= 'a' && c <= 'z';
            boolean digit = c >= '0' && c <= '9';
            String key = upper ? String.valueOf((char) (c + 32)) : lower || digit ? String.valueOf(c) : "";
            int kind = upper
                    ? LETTER | UPPER
                    : lower
                            ? LETTER
                            : digit ? DIGIT : c == ' ' || c == '\t' ? SPACE : c >= '\n' && c <= '\r' ? LINE_BREAK : 0;
            ASCII[c] = new Folded(key, kind);
        }
    }

    private TextFolding() {}

    static Folded of(int codePoint) {
        if (codePoint < 128) {
            return ASCII[codePoint];
        }
        Folded[] page = PAGES[codePoint >>> 8];
        if (page == null) {
            page = new Folded[256];
            PAGES[codePoint >>> 8] = page;
        }
        Folded folded = page[codePoint & 0xFF];
        if (folded == null) {
            folded = foldSlowly(codePoint);
            page[codePoint & 0xFF] = folded;
        }
        return folded;
    }

    static boolean isDirectionControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static Folded foldSlowly(int cp) {
        int type = Character.getType(cp);
        if (isDirectionControl(cp)) {
            return new Folded("", INSIDE_WORD | DIRECTION);
        }
        if (UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || type == Character.FORMAT
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return new Folded("", INSIDE_WORD);
        }
        if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR || cp == 0x85) {
            return new Folded("", LINE_BREAK);
        }
        if (type == Character.SPACE_SEPARATOR) {
            return new Folded("", SPACE);
        }
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            return new Folded(String.valueOf((char) ('0' + UCharacter.digit(cp, 10))), DIGIT);
        }
        if (!Character.isLetter(cp)) {
            return new Folded("", 0);
        }
        int kind = LETTER | (Character.isUpperCase(cp) || Character.isTitleCase(cp) ? UPPER : 0);
        String compatible = Normalizer2.getNFKCInstance().normalize(new String(Character.toChars(cp)));
        var key = new StringBuilder(compatible.length());
        compatible.codePoints().forEach(c -> key.append(foldLetter(c, (kind & UPPER) != 0)));
        return new Folded(key.toString(), kind);
    }

    /** One letter after compatibility folding: ASCII as it is, Latin without accents, look-alikes as Latin. */
    private static String foldLetter(int cp, boolean upper) {
        if (cp < 128) {
            return Character.isLetterOrDigit(cp) ? String.valueOf((char) Character.toLowerCase(cp)) : "";
        }
        if (!Character.isLetterOrDigit(cp)) {
            return "";
        }
        String latin = withoutAccents(cp);
        if (isPlainLetters(latin)) {
            return latin;
        }
        String skeleton = lookAlike(cp, upper);
        return skeleton != null ? skeleton : latin;
    }

    /** NFKD with the marks dropped, the letters that do not decompose spelled out, lower case. */
    private static String withoutAccents(int cp) {
        String special = switch (cp) {
            case 'ß', 'ẞ' -> "ss";
            case 'Æ', 'æ' -> "ae";
            case 'Œ', 'œ' -> "oe";
            case 'Ø', 'ø' -> "o";
            case 'Ł', 'ł' -> "l";
            case 'Đ', 'đ', 'Ð', 'ð' -> "d";
            case 'Þ', 'þ' -> "th";
            case 'ı' -> "i";
            case 'Ħ', 'ħ' -> "h";
            case 'ĸ' -> "k";
            default -> null;
        };
        if (special != null) {
            return special;
        }
        String decomposed = Normalizer2.getNFKDInstance().normalize(new String(Character.toChars(cp)));
        var kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The Latin letters the confusables' skeleton gives for a letter of another script, lower case;
     * null when it gives anything else (a digit, another non-Latin letter).
     */
    private static @Nullable String lookAlike(int cp, boolean upper) {
        String skeleton = Skeletons.CHECKER.getSkeleton(new String(Character.toChars(cp)));
        var out = new StringBuilder(skeleton.length());
        for (int i = 0; i < skeleton.length(); ) {
            int c = skeleton.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            String letter = c < 128 ? (Character.isLetter(c) ? String.valueOf((char) c) : null) : smallCapital(c);
            if (letter == null) {
                return null;
            }
            out.append(upper && letter.equals("l") ? "i" : letter.toLowerCase(Locale.ROOT));
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** Latin small capitals (ᴛ, ʙ, ʜ), which the skeleton gives for some Cyrillic letters, as their letter. */
    private static String smallCapital(int c) {
        String name = UCharacter.getName(c);
        String prefix = "LATIN LETTER SMALL CAPITAL ";
        if (name != null && name.startsWith(prefix) && name.length() == prefix.length() + 1) {
            return name.substring(prefix.length());
        }
        String latin = withoutAccents(c);
        return isPlainLetters(latin) ? latin : null;
    }

    private static boolean isPlainLetters(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /** Built on first use of a non-Latin letter: loading the confusables data takes a moment. */
    private static final class Skeletons {
        static final SpoofChecker CHECKER = new SpoofChecker.Builder().build();
    }
}
