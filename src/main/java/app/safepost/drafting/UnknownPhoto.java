package app.safepost.drafting;

import java.util.UUID;

/** A draft names a photo that does not exist or that the caller may not use: answered 400 in the API. */
public class UnknownPhoto extends RuntimeException {

    public UnknownPhoto(UUID mediaId) {
        super("No photo " + mediaId + " of yours; upload it first (POST /api/v1/media) and list it in mediaIds.");
    }
}
