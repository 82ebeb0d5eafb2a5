package app.safepost.publishing.domain;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.HeldCredentials;
import app.safepost.media.MediaLibrary;
import app.safepost.notifications.Notices;
import app.safepost.publishing.PlatformSwitch;
import app.safepost.publishing.platforms.PlatformEndpoints;
import app.safepost.publishing.platforms.Publishers;
import app.safepost.publishing.platforms.SandboxPublisher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal's publishing job built as the portal builds it, but on a fixed clock and sending to fake
 * platforms on loopback. Its collaborators come from the test's own context, so a test keeps its
 * configuration and the context cache is hit.
 */
final class PublishingOnFakePlatforms {

    /** A closed port on loopback: where a platform the test never sends to points. */
    static final String NOWHERE = "http://127.0.0.1:9";

    final PublicationRepository publications;
    final TransactionTemplate transaction;
    final PlatformSwitch platformSwitch;
    final HeldCredentials credentials;
    final MediaLibrary media;
    final Notices notices;
    final ApplicationEventPublisher events;
    private final SandboxPostRepository sandboxPosts;
    private final String x;
    private final String bluesky;
    private final String mastodon;
    private Duration requestTimeout = Duration.ofMillis(1500);
    private Function<AccountId, Optional<String>> mastodonServers = account -> Optional.empty();

    /** @param mastodon the server of a Mastodon account that has none of its own */
    PublishingOnFakePlatforms(ApplicationContext context, String x, String bluesky, String mastodon) {
        this.publications = context.getBean(PublicationRepository.class);
        this.transaction = context.getBean(TransactionTemplate.class);
        this.platformSwitch = context.getBean(PlatformSwitch.class);
        this.credentials = context.getBean(HeldCredentials.class);
        this.media = context.getBean(MediaLibrary.class);
        this.notices = context.getBean(Notices.class);
        this.events = context;
        this.sandboxPosts = context.getBean(SandboxPostRepository.class);
        this.x = x;
        this.bluesky = bluesky;
        this.mastodon = mastodon;
    }

    /** How long a call may wait for the platform's answer; 1.5 s unless set, shorter than a slow fake reply. */
    PublishingOnFakePlatforms waitingUpTo(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        return this;
    }

    /** Each Mastodon account on the server these give for it, if any, as the portal asks its accounts. */
    PublishingOnFakePlatforms withMastodonServers(Function<AccountId, Optional<String>> mastodonServers) {
        this.mastodonServers = mastodonServers;
        return this;
    }

    Publishers publishers(Clock clock) {
        return PlatformEndpoints.create(
                new SandboxPublisher(sandboxPosts, transaction, clock),
                x,
                bluesky,
                mastodon,
                Duration.ofSeconds(2),
                requestTimeout,
                clock,
                mastodonServers);
    }

    /** A scheduler whose clock stands still at the given instant. */
    PublishingScheduler scheduler(Instant at, PublishingScheduler.Settings settings) {
        var fixed = Clock.fixed(at, ZoneOffset.UTC);
        return new PublishingScheduler(
                publications,
                transaction,
                publishers(fixed),
                platformSwitch,
                credentials,
                media,
                notices,
                events,
                fixed,
                settings);
    }
}
