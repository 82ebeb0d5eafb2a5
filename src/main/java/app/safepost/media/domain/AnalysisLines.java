package app.safepost.media.domain;

import app.safepost.media.PhotoFace;
import app.safepost.media.PhotoText;
import app.safepost.media.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/** Faces and words as {@code photo_analysis} keeps them: one readable line each. */
final class AnalysisLines {

    private AnalysisLines() {}

    static String faces(List<PhotoFace> faces) {
        return faces.stream()
                .map(f -> f.id() + "," + f.box().x() + "," + f.box().y() + ","
                        + f.box().width() + "," + f.box().height())
                .collect(Collectors.joining("\n"));
    }

    static List<PhotoFace> faces(String lines) {
        if (lines == null || lines.isBlank()) {
            return List.of();
        }
        return lines.lines()
                .map(line -> {
                    var f = line.split(",");
                    return new PhotoFace(
                            f[0],
                            new Region(
                                    Integer.parseInt(f[1]),
                                    Integer.parseInt(f[2]),
                                    Integer.parseInt(f[3]),
                                    Integer.parseInt(f[4])));
                })
                .toList();
    }

    /** One word a line: its line's number, x, y, width, height and the word, tab-separated. */
    static String words(PhotoText text) {
        var out = new StringBuilder();
        for (int l = 0; l < text.lines().size(); l++) {
            var line = text.lines().get(l);
            for (var word : line.words()) {
                out.append(l)
                        .append('\t')
                        .append(word.x())
                        .append('\t')
                        .append(word.y())
                        .append('\t')
                        .append(word.width())
                        .append('\t')
                        .append(word.height())
                        .append('\t')
                        .append(line.text(), word.start(), word.end())
                        .append('\n');
            }
        }
        return out.toString();
    }

    static PhotoText text(String lines) {
        if (lines == null || lines.isBlank()) {
            return PhotoText.none();
        }
        var byLine = new LinkedHashMap<String, List<String[]>>();
        lines.lines()
                .map(l -> l.split("\t", 6))
                .filter(f -> f.length == 6)
                .forEach(f ->
                        byLine.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f));
        var result = new ArrayList<PhotoText.Line>();
        for (var words : byLine.values()) {
            var text = new StringBuilder();
            var boxes = new ArrayList<PhotoText.Word>();
            for (var f : words) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(f[5]);
                boxes.add(new PhotoText.Word(
                        start,
                        text.length(),
                        Integer.parseInt(f[1]),
                        Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]),
                        Integer.parseInt(f[4])));
            }
            result.add(new PhotoText.Line(text.toString(), boxes));
        }
        return new PhotoText(result);
    }
}
