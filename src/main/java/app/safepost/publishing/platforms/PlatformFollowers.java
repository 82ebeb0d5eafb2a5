package app.safepost.publishing.platforms;

import app.safepost.publishing.PlatformFollower;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The follower side of one platform's API, for one of the school's accounts: its followers page by
 * page, and blocking and unblocking an account. Every method throws {@link PublishFailure} when the
 * platform refuses or does not answer, and {@link NotOffered} when its API (on the school's tier)
 * cannot do it at all.
 */
public interface PlatformFollowers {

    /** One page of followers and the cursor of the next page, null after the last. */
    record Page(List<PlatformFollower> followers, @Nullable String next) {

        public Page {
            followers = List.copyOf(followers);
        }
    }

    /**
     * @param ownHandle the school account's handle (with or without {@code @})
     * @param cursor    null for the first page, then the previous page's {@link Page#next()}
     */
    Page followers(String ownHandle, String secret, @Nullable String cursor);

    /**
     * Blocks the account; its platform id is used when known, else it is looked up by handle.
     *
     * @return what the platform made of the block, to lift it by later (or null)
     */
    @Nullable
    String block(String ownHandle, String secret, String handle, @Nullable String platformId);

    /**
     * Lifts a block, found by the reference {@link #block} returned when there is one.
     *
     * @return false if the platform holds no block of the account (nothing to lift)
     */
    boolean unblock(
            String ownHandle,
            String secret,
            String handle,
            @Nullable String platformId,
            @Nullable String blockReference);
}
