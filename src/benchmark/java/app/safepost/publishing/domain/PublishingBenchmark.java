package app.safepost.publishing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.CredentialKind;
import app.safepost.accounts.HeldCredentials;
import app.safepost.accounts.SocialAccounts;
import app.safepost.publishing.PlatformSwitch;
import app.safepost.publishing.PostToPublish;
import app.safepost.publishing.Publishing;
import app.safepost.publishing.platforms.FakeX;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Not a test: publishes 1,000 due posts through the fake X server with two scheduler instances on one
 * database, and writes throughput, duplicates and losses to target/benchmarks/publishing.txt. Excluded
 * from the normal build; run it with {@code ./mvnw test -Pbenchmark -Dtest=PublishingBenchmark}.
 */
@Tag("benchmark")
@SafepostTest
class PublishingBenchmark {

    private static final int POSTS = 1_000;

    @Autowired
    Publishing publishing;

    @Autowired
    PlatformSwitch platformSwitch;

    @Autowired
    HeldCredentials credentials;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    final FakeX x = new FakeX();
    AccountId falcons;

    @AfterEach
    void tearDown() {
        SignedIn.as(demoUsers, "deputy");
        platformSwitch.switchTo(falcons, false);
        // Leave @JGP_Falcons without a credential, as the demo school has it.
        credentials.disconnect(falcons);
        SignedIn.nobody();
        x.close();
    }

    private PublishingScheduler instance(String name, Instant at) {
        return new PublishingOnFakePlatforms(
                        context, x.baseUrl(), PublishingOnFakePlatforms.NOWHERE, PublishingOnFakePlatforms.NOWHERE)
                .waitingUpTo(Duration.ofSeconds(10))
                .scheduler(
                        at,
                        new PublishingScheduler.Settings(name, Duration.ofMinutes(10), 20, 8, Duration.ofSeconds(30)));
    }

    @Test
    void publish_1000_due_posts_with_two_instances() throws Exception {
        SignedIn.as(demoUsers, "deputy");
        falcons = accounts.accountWithHandle("@JGP_Falcons").orElseThrow().id();
        credentials.connect(falcons, CredentialKind.OAUTH_TOKEN, FakeX.TOKEN);
        platformSwitch.switchTo(falcons, true);
        // Decades ahead: the portal's own publishing job, on today's clock, leaves these alone.
        var start = clock.instant().plus(Duration.ofDays(365L * 60)).truncatedTo(ChronoUnit.SECONDS);
        var references = new ArrayList<UUID>(POSTS);
        for (int i = 0; i < POSTS; i++) {
            var reference = UUID.randomUUID();
            references.add(reference);
            publishing.schedule(new PostToPublish(
                    reference,
                    1,
                    falcons,
                    "Benchmark post " + i + " of " + POSTS,
                    List.of(),
                    List.of(),
                    start.minusSeconds(POSTS - i),
                    "teacher",
                    "deputy",
                    null));
        }

        var pool = Executors.newFixedThreadPool(2);
        long began = System.nanoTime();
        var a = pool.submit(() -> InSchool.jesseGray(jdbc, instance("instance-a", start)::runDue));
        var b = pool.submit(() -> InSchool.jesseGray(jdbc, instance("instance-b", start)::runDue));
        int handledA = a.get();
        int handledB = b.get();
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();

        var tweets = x.tweets();
        var texts = tweets.stream().map(FakeX.Tweet::text).collect(Collectors.toList());
        int duplicates = texts.size() - new HashSet<>(texts).size();
        long creates = x.requests("POST", "/2/tweets").size();
        var statuses =
                jdbc.queryForList("select status from publication where reference = any (?)", String.class, (Object)
                        references.toArray(new UUID[0]));
        long published = statuses.stream().filter("PUBLISHED"::equals).count();
        long lost = POSTS - published;
        long lostOnX = POSTS - new HashSet<>(texts).size();

        var report = String.format(
                Locale.ROOT,
                """
                Publishing benchmark: %d due posts, fake X server on loopback, two scheduler instances on one database
                  wall time           %.2f s
                  throughput          %.1f posts/s
                  instance-a handled  %d
                  instance-b handled  %d
                  POST /2/tweets      %d
                  posts on X          %d
                  duplicates          %d
                  losses (register)   %d
                  losses (on X)       %d
                """,
                POSTS,
                seconds,
                POSTS / seconds,
                handledA,
                handledB,
                creates,
                tweets.size(),
                duplicates,
                lost,
                lostOnX);
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "publishing.txt"), report);

        assertThat(duplicates).as("duplicates").isZero();
        assertThat(lost).as("losses").isZero();
        assertThat(lostOnX).as("posts missing on X").isZero();
        assertThat(creates).as("one create call per post").isEqualTo(POSTS);
        assertThat(handledA + handledB).isEqualTo(POSTS);
    }
}
