package app.safepost.publishing;

import org.jspecify.annotations.Nullable;

/**
 * One account that follows a school account, as its platform lists it.
 *
 * @param platformId  the platform's own lasting id for it (Mastodon's account id, Bluesky's DID); a
 *                    handle can change, this does not
 * @param handle      its handle there, without a leading {@code @}
 * @param displayName the name it shows, if any
 */
public record PlatformFollower(
        String platformId, String handle, @Nullable String displayName) {}
