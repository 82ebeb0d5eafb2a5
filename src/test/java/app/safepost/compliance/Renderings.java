package app.safepost.compliance;

import java.util.ArrayList;
import java.util.Map;
import java.util.Random;

/** A pupil's name typed as text pasted from other apps and keyboards arrives, for the name checks' and the mask's properties. */
final class Renderings {

    private Renderings() {}

    // look-alikes of Latin letters in Cyrillic and Greek, as text pasted from other keyboards arrives
    private static final Map<Character, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry('a', "аα"),
            Map.entry('c', "с"),
            Map.entry('e', "е"),
            Map.entry('i', "іι"),
            Map.entry('j', "ј"),
            Map.entry('o', "оο"),
            Map.entry('p', "рρ"),
            Map.entry('s', "ѕ"),
            Map.entry('x', "х"),
            Map.entry('y', "у"),
            Map.entry('h', "һ"),
            Map.entry('v', "ν"),
            Map.entry('u', "υ"),
            Map.entry('A', "АΑ"),
            Map.entry('B', "ВΒ"),
            Map.entry('C', "С"),
            Map.entry('E', "ЕΕ"),
            Map.entry('H', "НΗ"),
            Map.entry('I', "ІΙ"),
            Map.entry('J', "Ј"),
            Map.entry('K', "КΚ"),
            Map.entry('M', "МΜ"),
            Map.entry('N', "Ν"),
            Map.entry('O', "ОΟ"),
            Map.entry('P', "РΡ"),
            Map.entry('S', "Ѕ"),
            Map.entry('T', "ТΤ"),
            Map.entry('X', "ХΧ"),
            Map.entry('Y', "Υ"),
            Map.entry('Z', "Ζ"));

    private static final String[] INVISIBLE = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"};

    /** The name with letters swapped for look-alikes, in full-width or mathematical letters, or letter-spaced. */
    static String render(String name, String rendering, Random random) {
        if (rendering.equals("letter-spaced")) {
            return letterSpaced(name);
        }
        var out = new StringBuilder();
        for (char c : name.toCharArray()) {
            boolean ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            switch (rendering) {
                case "cyrillic and greek", "right-to-left override" -> {
                    String lookAlikes = LOOK_ALIKES.get(c);
                    out.append(
                            lookAlikes != null && random.nextBoolean()
                                    ? lookAlikes.charAt(random.nextInt(lookAlikes.length()))
                                    : c);
                }
                case "full-width" -> out.append(ascii ? (char) (c - 'A' + 0xFF21) : c);
                case "mathematical bold" ->
                    out.append(ascii ? Character.toString(mathematical(c, 0x1D400)) : String.valueOf(c));
                case "mathematical sans-serif" ->
                    out.append(ascii ? Character.toString(mathematical(c, 0x1D5A0)) : String.valueOf(c));
                default -> throw new IllegalArgumentException(rendering);
            }
        }
        return out.toString();
    }

    private static int mathematical(char c, int capitalA) {
        return c <= 'Z' ? capitalA + (c - 'A') : capitalA + 26 + (c - 'a');
    }

    /** Invisible characters between code points, never at the very start or end. */
    static String insertInvisible(String name, Random random) {
        int[] codePoints = name.codePoints().toArray();
        var out = new StringBuilder();
        for (int i = 0; i < codePoints.length; i++) {
            if (i > 0 && random.nextInt(3) == 0) {
                out.append(INVISIBLE[random.nextInt(INVISIBLE.length)]);
            }
            out.appendCodePoint(codePoints[i]);
        }
        return out.toString();
    }

    static String reversed(String text) {
        int[] codePoints = text.codePoints().toArray();
        var out = new StringBuilder();
        for (int i = codePoints.length - 1; i >= 0; i--) {
            out.appendCodePoint(codePoints[i]);
        }
        return out.toString();
    }

    /**
     * Each word of the name spelled out with a space between its letters and two between words, its
     * apostrophes left out: "A m e l i a  K h a n", "W a r d  P r o w s e".
     */
    static String letterSpaced(String name) {
        var words = new ArrayList<String>();
        for (String word : name.replaceAll("['\u2019]", "").split("[\\s-]+")) {
            words.add(String.join(
                    " ", word.codePoints().mapToObj(Character::toString).toList()));
        }
        return String.join("  ", words);
    }
}
