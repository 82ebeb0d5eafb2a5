package app.safepost.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile-input corpus of {@code src/test/resources/hostile/corpus.txt}: XSS payloads, SQL
 * fragments, path traversal, control and bidirectional characters, zero-width joiners and very
 * long strings.
 */
public final class HostileInput {

    /** A named hostile value. */
    public record Payload(String name, String value) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Payload> CORPUS = load();

    private HostileInput() {}

    public static List<Payload> corpus() {
        return CORPUS;
    }

    /** The payloads short enough to fit a URL path segment or a named field (under 2,000 characters). */
    public static List<Payload> shortOnes() {
        return CORPUS.stream().filter(p -> p.value().length() < 2_000).toList();
    }

    /** Marker strings the XSS payloads would show if they ever ran (alert texts). */
    public static List<String> executionMarkers() {
        return List.of(
                "xss-script",
                "xss-img",
                "xss-svg",
                "xss-attr",
                "xss-sq",
                "xss-url",
                "xss-frame",
                "xss-vaadin",
                "xss-md",
                "xss-mdimg");
    }

    private static List<Payload> load() {
        try (var in = HostileInput.class.getResourceAsStream("/hostile/corpus.txt")) {
            var payloads = new ArrayList<Payload>();
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                payloads.add(new Payload(line.substring(0, tab), expand(unescape(line.substring(tab + 1)))));
            }
            return List.copyOf(payloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String expand(String value) {
        if (!value.startsWith("{repeat:") || !value.endsWith("}")) {
            return value;
        }
        var inner = value.substring("{repeat:".length(), value.length() - 1);
        int colon = inner.lastIndexOf(':');
        return inner.substring(0, colon).repeat(Integer.parseInt(inner.substring(colon + 1)));
    }

    static String unescape(String text) {
        var out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }
}
