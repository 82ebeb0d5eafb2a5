package app.safepost.publishing.domain;

import app.safepost.media.MediaId;
import app.safepost.publishing.PublishedPhoto;
import java.util.ArrayList;
import java.util.List;

/** The photos of an entry as stored: one line each, the media id, a tab, the alt text escaped. */
public final class PhotoLines {

    private PhotoLines() {}

    public static String write(List<PublishedPhoto> photos) {
        var text = new StringBuilder();
        for (var photo : photos) {
            text.append(photo.media().value())
                    .append('\t')
                    .append(escape(photo.altText()))
                    .append('\n');
        }
        return text.toString();
    }

    public static List<PublishedPhoto> read(String lines) {
        var photos = new ArrayList<PublishedPhoto>();
        for (var line : lines.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int tab = line.indexOf('\t');
            photos.add(new PublishedPhoto(MediaId.of(line.substring(0, tab)), unescape(line.substring(tab + 1))));
        }
        return photos;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("\n", "\\n")
                .replace("\t", "\\t")
                .replace("\r", "\\r");
    }

    private static String unescape(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(
                        switch (next) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            default -> next;
                        });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
