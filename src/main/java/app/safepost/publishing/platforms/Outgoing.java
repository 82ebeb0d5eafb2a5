package app.safepost.publishing.platforms;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.Platform;
import java.time.Instant;
import java.util.List;

/**
 * One post as it goes out.
 *
 * @param idempotencyKey fixed when the post was scheduled; the same on every attempt
 * @param recordKey      an AT Protocol record key (TID) fixed with it
 * @param publishAt      when it was due: nothing of it can be on the platform from before then
 */
public record Outgoing(
        String idempotencyKey,
        String recordKey,
        AccountId account,
        Platform platform,
        String handle,
        String text,
        List<Photo> photos,
        Instant publishAt) {

    public Outgoing {
        photos = List.copyOf(photos);
    }

    /** A photo as published (covers burned in), its type and its alt text. */
    public record Photo(byte[] bytes, String contentType, String altText) {}

    /** The handle without a leading @, as platforms' paths and logins want it. */
    public String bareHandle() {
        return handle.startsWith("@") ? handle.substring(1) : handle;
    }
}
