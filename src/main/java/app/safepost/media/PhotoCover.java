package app.safepost.media;

import app.safepost.pupils.PupilId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rectangle in the oriented image's pixel coordinates; pupil = whose face it covers, if known.
 *
 * @param emoji one of {@link #EMOJIS} when the style is {@link CoverStyle#EMOJI}, else {@code null}
 */
public record PhotoCover(
        int x,
        int y,
        int width,
        int height,
        CoverStyle style,
        @Nullable String emoji,
        @Nullable PupilId pupil) {

    /** The smallest side of a cover, in pixels. */
    public static final int MIN_SIDE = 8;

    /** The stickers the portal can draw; each is drawn as shapes by the server, never from a font. */
    public static final List<String> EMOJIS = List.of("😀", "⭐", "❤️", "🌼");

    public static PhotoCover pixelate(int x, int y, int width, int height, @Nullable PupilId pupil) {
        return new PhotoCover(x, y, width, height, CoverStyle.PIXELATE, null, pupil);
    }

    public static PhotoCover emoji(int x, int y, int width, int height, String emoji, @Nullable PupilId pupil) {
        return new PhotoCover(x, y, width, height, CoverStyle.EMOJI, emoji, pupil);
    }
}
