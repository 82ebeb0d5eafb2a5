package app.safepost.media;

import java.util.UUID;

/** Identifies a photo taken in by the portal. */
public record MediaId(UUID value) {

    public static MediaId of(String value) {
        return new MediaId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
