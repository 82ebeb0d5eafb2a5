package app.safepost;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the methods and constructors of a formatted source file by their declarations at member indentation and
 * measures each from its first line to its closing brace, so lambdas and anonymous classes count toward the method
 * that holds them.
 */
final class SourceMethods {

    /** Four spaces, modifiers and type, then the name right before the parameter list. */
    private static final Pattern DECLARATION = Pattern.compile("^ {4}(?! )([^=(]*?)\\b(\\w+)\\s*\\(");

    private static final Set<String> NOT_METHODS =
            Set.of("record", "class", "interface", "enum", "new", "return", "throw", "if", "for", "while", "switch");

    private SourceMethods() {}

    /** Each method over {@code most} lines, as "name(...) has N lines". */
    static List<String> longerThan(List<String> lines, int most) {
        var found = new ArrayList<String>();
        for (int first = 0; first < lines.size(); first++) {
            var declaration = DECLARATION.matcher(lines.get(first));
            if (!declaration.find() || declaresSomethingElse(declaration.group(1), declaration.group(2))) {
                continue;
            }
            int last = closingLine(lines, first);
            if (last < 0) {
                continue;
            }
            int length = last - first + 1;
            if (length > most) {
                found.add(declaration.group(2) + "(...) has " + length + " lines");
            }
            first = last;
        }
        return found;
    }

    private static boolean declaresSomethingElse(String declared, String name) {
        var before = declared.replaceAll("^(@[\\w.]+\\s+)+", "");
        if (before.startsWith("@") || before.startsWith("/") || before.startsWith("*")) {
            return true;
        }
        for (var word : (before + " " + name).trim().split("\\s+")) {
            if (NOT_METHODS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The line of the brace that closes the body opened after {@code first}, or -1 for a body-less declaration. */
    private static int closingLine(List<String> lines, int first) {
        int depth = 0;
        boolean opened = false;
        boolean inTextBlock = false;
        for (int at = first; at < lines.size(); at++) {
            var line = lines.get(at);
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (inTextBlock) {
                    if (line.startsWith("\"\"\"", i)) {
                        inTextBlock = false;
                        i += 2;
                    }
                } else if (line.startsWith("\"\"\"", i)) {
                    inTextBlock = true;
                    i += 2;
                } else if (c == '"' || c == '\'') {
                    i = endOfLiteral(line, i, c);
                } else if (line.startsWith("//", i)) {
                    break;
                } else if (c == ';' && !opened && depth == 0) {
                    return -1;
                } else if (c == '{') {
                    depth++;
                    opened = true;
                } else if (c == '}') {
                    depth--;
                    if (opened && depth == 0) {
                        return at;
                    }
                }
            }
        }
        return -1;
    }

    private static int endOfLiteral(String line, int start, char quote) {
        for (int i = start + 1; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == quote) {
                return i;
            }
        }
        return line.length();
    }
}
