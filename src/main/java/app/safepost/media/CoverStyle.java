package app.safepost.media;

/** How a cover hides what is under it (P15): coarse pixelation, or an emoji sticker over pixelation. */
public enum CoverStyle {
    PIXELATE,
    EMOJI
}
