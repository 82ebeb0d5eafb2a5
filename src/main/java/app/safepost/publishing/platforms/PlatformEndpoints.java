package app.safepost.publishing.platforms;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.SocialAccounts;
import app.safepost.publishing.PublishingProperties;
import app.safepost.publishing.domain.SandboxPostRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** Where the platforms are (configurable, so tests and a school's proxy can point elsewhere) and how long to wait. */
@Configuration
public class PlatformEndpoints {

    @Bean
    Publishers publishers(
            SandboxPostRepository sandboxPosts,
            TransactionTemplate transaction,
            Clock clock,
            SocialAccounts accounts,
            PublishingProperties settings) {
        return create(
                new SandboxPublisher(sandboxPosts, transaction, clock),
                settings.xBaseUrl(),
                settings.blueskyBaseUrl(),
                settings.mastodonBaseUrl(),
                settings.connectTimeout(),
                settings.requestTimeout(),
                clock,
                accounts::mastodonServer);
    }

    /** Every Mastodon account on the {@code mastodon} server. */
    public static Publishers create(
            Publisher sandbox,
            String x,
            String bluesky,
            String mastodon,
            Duration connectTimeout,
            Duration requestTimeout,
            Clock clock) {
        return create(
                sandbox, x, bluesky, mastodon, connectTimeout, requestTimeout, clock, account -> Optional.empty());
    }

    /**
     * @param mastodon        the server of a Mastodon account that has none of its own
     * @param mastodonServers an account's own Mastodon server, if it has one
     */
    public static Publishers create(
            Publisher sandbox,
            String x,
            String bluesky,
            String mastodon,
            Duration connectTimeout,
            Duration requestTimeout,
            Clock clock,
            Function<AccountId, Optional<String>> mastodonServers) {
        return new Publishers(
                sandbox,
                new XPublisher(x, new PlatformHttp("X", connectTimeout, requestTimeout, clock)),
                new BlueskyPublisher(bluesky, new PlatformHttp("Bluesky", connectTimeout, requestTimeout, clock)),
                new MastodonPublisher(mastodon, new PlatformHttp("Mastodon", connectTimeout, requestTimeout, clock)),
                mastodonServers);
    }
}
