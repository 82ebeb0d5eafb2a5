package app.safepost.common;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text as a PDF page can show it: characters the font cannot encode become "?" (the standard 14
 * fonts know WinAnsi only), and lines are wrapped by the font's own widths. One per document: it
 * remembers which characters each of the document's fonts can encode.
 */
public final class PdfText {

    private final Map<PDFont, Map<Character, Boolean>> encodable = new HashMap<>();

    /** The text on one line, with what the font cannot show replaced by "?". */
    public String printable(String text, PDFont font) {
        var known = encodable.computeIfAbsent(font, f -> new HashMap<>());
        var out = new StringBuilder(text.length());
        for (char c :
                text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').toCharArray()) {
            boolean ok = known.computeIfAbsent(c, ch -> {
                try {
                    font.encode(String.valueOf(ch));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            out.append(ok ? c : '?');
        }
        return out.toString();
    }

    /** Printable text broken into lines no wider than {@code width} points at this font and size. */
    public List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var word : printable(text, font).split(" +")) {
            var candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
