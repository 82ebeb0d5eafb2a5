package app.safepost.publishing.platforms;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.Platform;
import java.util.Optional;
import java.util.function.Function;

/**
 * The sandbox, and one live adapter per platform: posts, and the platform's side of followers. A
 * Mastodon account is reached on its own server ({@code mastodonServers}); one without uses the
 * portal's setting, the base address of {@code mastodon}.
 */
public record Publishers(
        Publisher sandbox,
        XPublisher x,
        BlueskyPublisher bluesky,
        MastodonPublisher mastodon,
        Function<AccountId, Optional<String>> mastodonServers) {

    public Publisher live(Platform platform, AccountId account) {
        return switch (platform) {
            case X -> x;
            case BLUESKY -> bluesky;
            case MASTODON -> mastodonOf(account);
        };
    }

    public PlatformFollowers followers(Platform platform, AccountId account) {
        return switch (platform) {
            case X -> x;
            case BLUESKY -> bluesky;
            case MASTODON -> mastodonOf(account);
        };
    }

    private MastodonPublisher mastodonOf(AccountId account) {
        return mastodonServers.apply(account).map(mastodon::at).orElse(mastodon);
    }
}
