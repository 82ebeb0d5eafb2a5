package app.safepost.publishing.platforms;

import app.safepost.accounts.Platform;

/** The sandbox, and one live publisher per platform. */
public record Publishers(Publisher sandbox, Publisher x, Publisher bluesky, Publisher mastodon) {

    public Publisher live(Platform platform) {
        return switch (platform) {
            case X -> x;
            case BLUESKY -> bluesky;
            case MASTODON -> mastodon;
        };
    }
}
