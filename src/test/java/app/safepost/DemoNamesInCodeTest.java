package app.safepost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo trust's names (its schools and the trust itself) are the demo's own data: no text the
 * portal writes outside the {@code demo} module names them, so no school's screen, PDF or e-mail can
 * say "Jesse Gray". Read from the source: every string literal and text block of {@code src/main/java},
 * comments left out (javadoc may use the demo school as an example).
 */
class DemoNamesInCodeTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path DEMO_MODULE = MAIN.resolve("app/safepost/demo");
    private static final Pattern DEMO_NAME =
            Pattern.compile("jesse[\\s_-]*gray|fenwick[\\s_-]*road|gray[\\s_-]*learning", Pattern.CASE_INSENSITIVE);

    /** The literals that may name a demo school, each with its reason. */
    private static final Map<String, String> ALLOWED = Map.of(
            "app/safepost/trust/TrustSchools.java: demo/jesse-gray-twitter-policy-2023.md",
            "the trust's policy template is the demo policy's file; the school's name in it is read from the"
                    + " demo school's own data and replaced by the new school's",
            "app/safepost/security/DemoPerson.java: demo/trust/fenwick-road-staff.csv",
            "the local demo sign-in reads the demo trust's people from the demo data's files");

    @Test
    void no_string_outside_the_demo_module_names_a_school_or_the_trust_of_the_demo() throws IOException {
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(DEMO_MODULE))
                    .toList()) {
                for (var literal : stringsIn(Files.readString(file))) {
                    if (DEMO_NAME.matcher(literal).find()) {
                        found.add(MAIN.relativize(file).toString().replace('\\', '/') + ": " + literal);
                    }
                }
            }
        }

        assertThat(found)
                .as("strings naming the demo trust or its schools outside the demo module")
                .containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @Test
    void strings_are_read_apart_from_comments_and_with_their_escapes() {
        var source = """
                // "Jesse Gray" in a line comment
                /* "Fenwick Road" in a block comment */
                class A {
                    String a = "say \\"hello\\" // not a comment";
                    char c = '"';
                    String b = \"""
                        a text block with "quotes"
                        \""";
                }
                """;

        assertThat(stringsIn(source))
                .containsExactly(
                        "say \\\"hello\\\" // not a comment", "\n        a text block with \"quotes\"\n        ");
    }

    /** The string literals and text blocks of a Java source, as written between their quotes. */
    static List<String> stringsIn(String source) {
        var strings = new ArrayList<String>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = endOfLine(source, i);
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = closing(source, i + 3, "\"\"\"");
                strings.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (source.charAt(i) == '"') {
                int end = closing(source, i + 1, "\"");
                strings.add(source.substring(i + 1, end));
                i = end + 1;
            } else if (source.charAt(i) == '\'') {
                i = closing(source, i + 1, "'") + 1;
            } else {
                i++;
            }
        }
        return strings;
    }

    private static int endOfLine(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }

    /** Where the literal that started before {@code from} closes, escaped quotes skipped. */
    private static int closing(String source, int from, String quote) {
        int i = from;
        while (!source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }
}
