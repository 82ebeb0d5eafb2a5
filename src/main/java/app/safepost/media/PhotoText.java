package app.safepost.media;

import java.util.List;

/**
 * The words read in a photo (OCR), line by line, with where each word is in the stored image's pixels.
 * Kept only so the policy checks can read them against the roster of the moment; never shown to
 * anyone nor returned by the API (docs/decisions/0023-faces-and-text-in-photos.md).
 */
public record PhotoText(List<Line> lines) {

    public PhotoText {
        lines = List.copyOf(lines);
    }

    public static PhotoText none() {
        return new PhotoText(List.of());
    }

    /** One line of text; each word's {@code start}/{@code end} are offsets into {@code text}. */
    public record Line(String text, List<Word> words) {

        public Line {
            words = List.copyOf(words);
        }

        /** The box around the words that the span {@code start}..{@code end} of the text touches. */
        public Region region(int start, int end) {
            int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = Integer.MIN_VALUE, y1 = Integer.MIN_VALUE;
            for (var word : words) {
                if (word.end() > start && word.start() < end) {
                    x0 = Math.min(x0, word.x());
                    y0 = Math.min(y0, word.y());
                    x1 = Math.max(x1, word.x() + word.width());
                    y1 = Math.max(y1, word.y() + word.height());
                }
            }
            return x0 == Integer.MAX_VALUE ? region(0, text.length()) : new Region(x0, y0, x1 - x0, y1 - y0);
        }
    }

    public record Word(int start, int end, int x, int y, int width, int height) {}
}
