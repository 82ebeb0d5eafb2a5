package app.safepost.publishing;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal publishes ({@code safepost.publishing.*}).
 *
 * @param pollInterval     how often this instance's publishing thread sends what is due
 * @param lease            how long a claimed post is this instance's before another may take it over
 * @param batch            how many due posts one run claims at most
 * @param maxAttempts      how many attempts a post gets before it is given up as failed
 * @param firstBackoff     the wait before the second attempt; it doubles with each failure
 * @param schedulerEnabled whether this instance publishes at all
 * @param connectTimeout   how long to wait for a platform to accept the connection
 * @param requestTimeout   how long to wait for a platform's answer
 * @param x                where X's API is (a school's proxy or a test may point elsewhere)
 * @param bluesky          where the Bluesky PDS is
 * @param mastodon         where the Mastodon server is
 */
@ConfigurationProperties("safepost.publishing")
public record PublishingProperties(
        @DefaultValue("PT15S") Duration pollInterval,
        @DefaultValue("PT10M") Duration lease,
        @DefaultValue("20") int batch,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT30S") Duration firstBackoff,
        @DefaultValue("true") boolean schedulerEnabled,
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT30S") Duration requestTimeout,
        @DefaultValue Server x,
        @DefaultValue Server bluesky,
        @DefaultValue Server mastodon) {

    /** A platform's address; without one, the platform's public service. */
    public record Server(@Nullable String baseUrl) {

        String or(String publicService) {
            return baseUrl == null || baseUrl.isBlank() ? publicService : baseUrl;
        }
    }

    public String xBaseUrl() {
        return x.or("https://api.x.com");
    }

    public String blueskyBaseUrl() {
        return bluesky.or("https://bsky.social");
    }

    public String mastodonBaseUrl() {
        return mastodon.or("https://mastodon.social");
    }
}
