package app.safepost.media.domain;

import org.jspecify.annotations.Nullable;

/** Make, model and serial as a photo's EXIF gives them, before the metadata is stripped. */
public record CameraTags(
        String make, String model, @Nullable String serial) {}
