package app.safepost.publishing.platforms;

import app.safepost.accounts.Platform;

/** The sandbox, and one live adapter per platform: posts, and the platform's side of followers. */
public record Publishers(Publisher sandbox, XPublisher x, BlueskyPublisher bluesky, MastodonPublisher mastodon) {

    public Publisher live(Platform platform) {
        return switch (platform) {
            case X -> x;
            case BLUESKY -> bluesky;
            case MASTODON -> mastodon;
        };
    }

    public PlatformFollowers followers(Platform platform) {
        return switch (platform) {
            case X -> x;
            case BLUESKY -> bluesky;
            case MASTODON -> mastodon;
        };
    }
}
