package app.safepost.moderation.domain;

import app.safepost.accounts.HeldCredentials;
import app.safepost.accounts.SocialAccounts;
import app.safepost.moderation.PlatformBlocking;
import java.net.URI;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which {@link PlatformBlocking} the portal uses: {@code safepost.moderation.blocking=platforms} calls
 * the platforms at the configured addresses; anything else (the default, {@code sandbox}) records only.
 */
@Configuration(proxyBeanMethods = false)
class PlatformBlockingConfiguration {

    @Bean
    PlatformBlocking platformBlocking(@Value("${safepost.moderation.blocking:sandbox}") String mode,
                                      @Value("${safepost.moderation.mastodon-url:https://mastodon.social}") URI mastodon,
                                      @Value("${safepost.moderation.bluesky-url:https://bsky.social}") URI bluesky,
                                      SocialAccounts accounts, HeldCredentials credentials, Clock clock) {
        if (!"platforms".equals(mode)) {
            return new SandboxPlatformBlocking();
        }
        return new LivePlatformBlocking(id -> accounts.account(id)
                .map(a -> new LivePlatformBlocking.AccountTarget(a.platform(), a.handle())),
                credentials::secretForPlatformCall, mastodon, bluesky, clock);
    }
}
