package app.safepost.publishing;

import app.safepost.media.MediaId;

/** One photo as it goes out: the media id (published rendering has covers burned in) and its alt text. */
public record PublishedPhoto(MediaId media, String altText) {

    public PublishedPhoto {
        if (media == null) {
            throw new IllegalArgumentException("A published photo needs its media id");
        }
        altText = altText == null ? "" : altText;
    }
}
