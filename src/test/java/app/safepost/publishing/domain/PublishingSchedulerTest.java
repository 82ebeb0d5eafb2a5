package app.safepost.publishing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.CredentialKind;
import app.safepost.accounts.HeldCredentials;
import app.safepost.accounts.Platform;
import app.safepost.accounts.SocialAccounts;
import app.safepost.notifications.NoticeSummary;
import app.safepost.notifications.Notices;
import app.safepost.publishing.CheckRefused;
import app.safepost.publishing.PlatformSwitch;
import app.safepost.publishing.PostPublished;
import app.safepost.publishing.PostTakenDown;
import app.safepost.publishing.PostToPublish;
import app.safepost.publishing.Publishing;
import app.safepost.publishing.PublishingFailed;
import app.safepost.publishing.TakedownRefused;
import app.safepost.publishing.platforms.FakeBluesky;
import app.safepost.publishing.platforms.FakeMastodon;
import app.safepost.publishing.platforms.FakePlatform;
import app.safepost.publishing.platforms.FakeX;
import app.safepost.publishing.platforms.Outgoing;
import app.safepost.publishing.platforms.Publisher;
import app.safepost.publishing.platforms.Sent;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduler against fake platforms on loopback, on the real database. Its clock runs decades
 * ahead, so the portal's own publishing job (on today's clock) never touches these entries; each test
 * has its own stretch of that future and leaves nothing due behind.
 */
@SafepostTest
@RecordApplicationEvents
class PublishingSchedulerTest {

    private static final Duration LEASE = Duration.ofMinutes(10);
    private static long nextStretch = 0;

    @Autowired
    Publishing publishing;

    @Autowired
    PublicationRepository publications;

    @Autowired
    SandboxPostRepository sandboxPosts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    PlatformSwitch platformSwitch;

    @Autowired
    HeldCredentials credentials;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    Notices notices;

    @Autowired
    ApplicationEvents recorded;

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
    final FakeBluesky bluesky = new FakeBluesky();
    final FakeMastodon mastodon = new FakeMastodon();
    PublishingOnFakePlatforms onFakes;
    AccountId falcons;
    Instant start;

    @BeforeEach
    void setUp() {
        onFakes = new PublishingOnFakePlatforms(context, x.baseUrl(), bluesky.baseUrl(), mastodon.baseUrl());
        SignedIn.as(demoUsers, "deputy");
        falcons = accounts.accountWithHandle("@JGP_Falcons").orElseThrow().id();
        synchronized (PublishingSchedulerTest.class) {
            start = clock.instant()
                    .plus(Duration.ofDays(365L * 40 + 30 * nextStretch++))
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        }
    }

    @AfterEach
    void tearDown() {
        SignedIn.as(demoUsers, "deputy");
        platformSwitch.switchTo(falcons, false);
        // Leave @JGP_Falcons without a credential, as the demo school has it.
        credentials.disconnect(falcons);
        jdbc.update(
                "update publication set status = 'WITHDRAWN' where publish_at > ? and status in ('SCHEDULED', 'SENDING', 'UNCHECKED')",
                java.sql.Timestamp.from(clock.instant().plus(Duration.ofDays(365L * 30))));
        SignedIn.nobody();
        x.close();
        bluesky.close();
        mastodon.close();
    }

    private void goLive(String secret) {
        credentials.connect(falcons, CredentialKind.OAUTH_TOKEN, secret);
        platformSwitch.switchTo(falcons, true);
    }

    private PublishingScheduler scheduler(String name, Instant at) {
        return onFakes.scheduler(at, new PublishingScheduler.Settings(name, LEASE, 5, 4, Duration.ofSeconds(30)));
    }

    private int run(PublishingScheduler scheduler) {
        return InSchool.jesseGray(jdbc, scheduler::runDue);
    }

    private UUID schedule(String text, Instant publishAt) {
        var reference = UUID.randomUUID();
        publishing.schedule(new PostToPublish(
                reference,
                1,
                falcons,
                text,
                List.of(),
                List.of("E100000000001"),
                publishAt,
                "teacher",
                "deputy",
                null));
        return reference;
    }

    /** An entry for a platform the demo school has no account on, straight into the outbox. */
    private UUID scheduleOn(Platform platform, String handle, String text, Instant publishAt) {
        var reference = UUID.randomUUID();
        transaction.executeWithoutResult(status -> publications.save(new Publication(
                new PostToPublish(
                        reference, 1, falcons, text, List.of(), List.of(), publishAt, "teacher", "deputy", null),
                handle,
                platform,
                start)));
        return reference;
    }

    private Publication entry(UUID reference) {
        return publications.findByReference(reference).orElseThrow();
    }

    @Test
    void a_due_post_goes_to_x_once_and_the_register_shows_where() {
        goLive(FakeX.TOKEN);
        var due = schedule("Falcons' poetry assembly is on Friday.", start.minusSeconds(60));
        var later = schedule("Not yet: next week's post.", start.plus(Duration.ofDays(7)));

        assertThat(run(scheduler("one", start))).isEqualTo(1);

        assertThat(x.tweets())
                .singleElement()
                .satisfies(t -> assertThat(t.text()).isEqualTo("Falcons' poetry assembly is on Friday."));
        var published = publishing.find(due).orElseThrow();
        assertThat(published.status()).isEqualTo("published");
        assertThat(published.platformPostId()).isEqualTo(x.tweets().getFirst().id());
        assertThat(published.url()).isEqualTo("https://x.com/JGP_Falcons/status/" + published.platformPostId());
        assertThat(published.publishedAt()).isEqualTo(start);
        assertThat(publishing.find(later).orElseThrow().status()).isEqualTo("scheduled");
        assertThat(recorded.stream(PostPublished.class)
                        .filter(e -> e.reference().equals(due)))
                .singleElement()
                .satisfies(e -> assertThat(e.platformPostId()).isEqualTo(published.platformPostId()));
        assertThat(run(scheduler("one", start))).as("nothing left due").isZero();
    }

    @Test
    void rate_limited_waits_for_the_platforms_reset_time_then_goes() {
        goLive(FakeX.TOKEN);
        var reset = start.plus(Duration.ofMinutes(15)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        x.answerNextPostsWith(FakeX.rateLimited(reset));
        var reference = schedule("Harvest festival donations, thank you!", start.minusSeconds(1));

        run(scheduler("one", start));
        var waiting = entry(reference);
        assertThat(waiting.getStatus()).isEqualTo(PublicationStatus.SCHEDULED);
        assertThat(waiting.getNextAttemptAt()).isEqualTo(reset);
        assertThat(waiting.getFailure()).contains("429");
        assertThat(recorded.stream(PublishingFailed.class)
                        .filter(e -> e.reference().equals(reference)))
                .singleElement()
                .satisfies(e -> assertThat(e.permanent()).isFalse());

        assertThat(run(scheduler("one", start.plus(Duration.ofMinutes(5))))).isZero();
        run(scheduler("one", reset.plusSeconds(1)));

        assertThat(entry(reference).getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(entry(reference).getAttempts()).isEqualTo(2);
        assertThat(x.tweets()).hasSize(1);
    }

    @Test
    void a_time_out_after_x_made_the_post_does_not_post_it_twice() {
        goLive(FakeX.TOKEN);
        x.answerNextPostsWith(FakePlatform.Reply.slow(Duration.ofSeconds(3)));
        var reference = schedule("Reading cafe this afternoon.", start.minusSeconds(1));

        run(scheduler("one", start));
        assertThat(entry(reference).getStatus()).isEqualTo(PublicationStatus.SCHEDULED);
        assertThat(entry(reference).getFailure()).contains("did not answer in time");
        assertThat(x.tweets()).as("X made it although the answer never came").hasSize(1);

        run(scheduler("one", start.plus(Duration.ofMinutes(2))));

        assertThat(entry(reference).getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(entry(reference).getPlatformPostId())
                .isEqualTo(x.tweets().getFirst().id());
        assertThat(x.tweets()).hasSize(1);
        assertThat(x.requests("POST", "/2/tweets")).hasSize(1);
    }

    @Test
    void server_errors_back_off_and_after_the_last_attempt_slt_and_the_author_are_told() {
        goLive(FakeX.TOKEN);
        x.answerNextPostsWith(FakeX.unavailable(), FakeX.unavailable(), FakeX.unavailable(), FakeX.unavailable());
        var reference = schedule("Book fair all week.", start.minusSeconds(1));

        var at = start;
        for (int attempt = 1; attempt <= 4; attempt++) {
            run(scheduler("one", at));
            var now = entry(reference);
            if (attempt < 4) {
                assertThat(now.getStatus()).isEqualTo(PublicationStatus.SCHEDULED);
                assertThat(now.getNextAttemptAt()).isEqualTo(at.plus(Duration.ofSeconds(30L << (attempt - 1))));
                at = now.getNextAttemptAt();
            }
        }
        var failed = publishing.find(reference).orElseThrow();
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.failure()).contains("503").contains("Given up after 4 attempts");
        assertThat(x.tweets()).isEmpty();
        assertThat(notices.mine())
                .extracting(NoticeSummary::subject)
                .contains("A post to @JGP_Falcons could not be published");
        SignedIn.as(demoUsers, "teacher");
        assertThat(notices.mine())
                .extracting(NoticeSummary::subject)
                .contains("Your post to @JGP_Falcons could not be published");
    }

    @Test
    void a_refused_credential_stops_at_once_and_tells_slt_and_the_author() {
        goLive("a-token-x-no-longer-accepts");
        var reference = schedule("Parents' evening slots are open.", start.minusSeconds(1));

        run(scheduler("one", start));

        var failed = publishing.find(reference).orElseThrow();
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.failure()).contains("401").contains("Reconnect");
        assertThat(entry(reference).getAttempts()).isEqualTo(1);
        assertThat(recorded.stream(PublishingFailed.class)
                        .filter(e -> e.reference().equals(reference)))
                .singleElement()
                .satisfies(e -> assertThat(e.permanent()).isTrue());
        SignedIn.as(demoUsers, "teacher");
        assertThat(notices.mine())
                .filteredOn(n -> n.subject().equals("Your post to @JGP_Falcons could not be published"))
                .first()
                .satisfies(n -> {
                    assertThat(n.body()).contains("401");
                    assertThat(n.link()).isEqualTo("published");
                });
    }

    /** A portal that stops dead right after the platform accepted the post, before recording it. */
    static class CrashAfterSending extends PublishingScheduler {

        CrashAfterSending(PublishingOnFakePlatforms onFakes, Instant at) {
            super(
                    onFakes.publications,
                    onFakes.transaction,
                    onFakes.publishers(Clock.fixed(at, ZoneOffset.UTC)),
                    onFakes.platformSwitch,
                    onFakes.credentials,
                    onFakes.media,
                    onFakes.notices,
                    onFakes.events,
                    Clock.fixed(at, ZoneOffset.UTC),
                    new Settings("crashing", LEASE, 5, 4, Duration.ofSeconds(30)));
        }

        @Override
        protected Sent send(Publisher publisher, Outgoing outgoing, String secret) {
            super.send(publisher, outgoing, secret);
            throw new PortalStopped();
        }
    }

    static class PortalStopped extends Error {}

    private void crashBetweenSendingAndRecording(UUID reference) {
        assertThatThrownBy(() -> run(new CrashAfterSending(onFakes, start))).isInstanceOf(PortalStopped.class);
        var stranded = entry(reference);
        assertThat(stranded.getStatus()).isEqualTo(PublicationStatus.SENDING);
        assertThat(stranded.getClaimedBy()).isEqualTo("crashing");
        assertThat(run(scheduler("other", start.plus(Duration.ofMinutes(5)))))
                .as("lease still running")
                .isZero();
        run(scheduler("other", start.plus(LEASE).plusSeconds(1)));
        assertThat(entry(reference).getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
    }

    @Test
    void a_crash_between_sending_to_x_and_recording_it_does_not_post_twice() {
        goLive(FakeX.TOKEN);
        var reference = schedule("Year 6 leavers' assembly photos soon.", start.minusSeconds(1));

        crashBetweenSendingAndRecording(reference);

        assertThat(x.tweets()).hasSize(1);
        assertThat(x.requests("POST", "/2/tweets")).hasSize(1);
        assertThat(entry(reference).getPlatformPostId())
                .isEqualTo(x.tweets().getFirst().id());
    }

    @Test
    void a_crash_between_sending_to_bluesky_and_recording_it_does_not_post_twice() {
        goLive(FakeBluesky.APP_PASSWORD);
        var reference = scheduleOn(
                Platform.BLUESKY, "@jgpfalcons.bsky.social", "Falcons visited the castle.", start.minusSeconds(1));

        crashBetweenSendingAndRecording(reference);

        assertThat(bluesky.posts()).hasSize(1);
        assertThat(bluesky.requests("POST", "/xrpc/com.atproto.repo.createRecord"))
                .hasSize(1);
        assertThat(entry(reference).getPlatformPostId())
                .endsWith("/app.bsky.feed.post/" + entry(reference).getRecordKey());
    }

    @Test
    void a_crash_between_sending_to_mastodon_and_recording_it_does_not_post_twice() {
        goLive(FakeMastodon.TOKEN);
        mastodon.setNow(start);
        var reference = scheduleOn(
                Platform.MASTODON,
                "@JGP_Falcons@mastodon.example",
                "Falcons' science week starts.",
                start.minusSeconds(1));

        crashBetweenSendingAndRecording(reference);

        assertThat(mastodon.statuses()).hasSize(1);
        assertThat(mastodon.requests("POST", "/api/v1/statuses")).hasSize(1);
        assertThat(entry(reference).getPlatformPostId())
                .isEqualTo(mastodon.statuses().getFirst().path("id").asString());
    }

    @Test
    void when_xs_plan_refuses_the_look_up_before_a_resend_the_post_waits_for_slt_and_is_not_sent_twice() {
        goLive(FakeX.TOKEN);
        x.timelineNotOnPlan();
        x.answerNextPostsWith(FakePlatform.Reply.slow(Duration.ofSeconds(3)));
        var reference = schedule("Choir at the care home this afternoon.", start.minusSeconds(1));

        run(scheduler("one", start));
        assertThat(entry(reference).getStatus()).as("timed out: X may have it").isEqualTo(PublicationStatus.SCHEDULED);
        run(scheduler("one", start.plus(Duration.ofMinutes(2))));

        var waiting = publishing.find(reference).orElseThrow();
        assertThat(waiting.status()).isEqualTo("unchecked");
        assertThat(waiting.failure()).contains("could not check").doesNotContain("Reconnect");
        assertThat(x.requests("POST", "/2/tweets")).as("not resent blindly").hasSize(1);
        assertThat(recorded.stream(PublishingFailed.class)
                        .filter(e -> e.reference().equals(reference))
                        .filter(PublishingFailed::permanent))
                .as("not a failure for good")
                .isEmpty();
        assertThat(notices.mine()).anySatisfy(n -> {
            assertThat(n.subject()).isEqualTo("Is the post to @JGP_Falcons on X?");
            assertThat(n.link()).isEqualTo("published");
        });
        assertThat(run(scheduler("one", start.plus(Duration.ofHours(3)))))
                .as("left alone until SLT look")
                .isZero();

        var id = x.tweets().getFirst().id();
        assertThatThrownBy(() -> publishing.confirmOnPlatform(reference, "somewhere on X"))
                .isInstanceOfSatisfying(
                        CheckRefused.class, e -> assertThat(e.field()).isEqualTo("address"));
        assertThatThrownBy(() -> publishing.confirmOnPlatform(reference, "https://x.com/SomeoneElse/status/" + id))
                .isInstanceOfSatisfying(
                        CheckRefused.class, e -> assertThat(e.getMessage()).contains("@SomeoneElse's"));
        assertThat(publishing.find(reference).orElseThrow().status())
                .as("refusals change nothing")
                .isEqualTo("unchecked");

        var confirmed =
                publishing.confirmOnPlatform(reference, "https://twitter.com/jgp_falcons/status/" + id + "?s=20");

        assertThat(confirmed.status()).isEqualTo("published");
        assertThat(confirmed.platformPostId()).isEqualTo(id);
        assertThat(confirmed.url()).isEqualTo("https://x.com/JGP_Falcons/status/" + id);
        assertThat(confirmed.checkedBy()).isEqualTo("deputy");
        assertThat(recorded.stream(PostPublished.class)
                        .filter(e -> e.reference().equals(reference)))
                .hasSize(1);
        var entryId = entry(reference).getId();
        assertThat(InSchool.jesseGray(
                        jdbc,
                        () -> jdbc.queryForObject(
                                "select count(*) from publication_aud a"
                                        + " join revision_info r on r.id = a.rev where a.id = ? and a.status = 'PUBLISHED' and r.username = 'deputy'",
                                Integer.class,
                                entryId)))
                .as("in the audit trail, by whom")
                .isEqualTo(1);
        assertThat(x.requests("POST", "/2/tweets")).hasSize(1);
    }

    @Test
    void slt_who_find_the_post_missing_on_x_have_it_sent_again_without_another_look() {
        goLive(FakeX.TOKEN);
        x.timelineNotOnPlan();
        x.answerNextPostsWith(FakeX.unavailable());
        var reference = schedule("Bikeability for Year 5 on Monday.", start.minusSeconds(1));
        run(scheduler("one", start));
        run(scheduler("one", start.plus(Duration.ofMinutes(2))));
        assertThat(entry(reference).getStatus()).isEqualTo(PublicationStatus.UNCHECKED);
        assertThat(x.tweets()).isEmpty();
        var looks = x.requests("GET", "/2/users/me").size();

        var resend = publishing.confirmNotOnPlatform(reference);
        assertThat(resend.status()).isEqualTo("scheduled");
        assertThat(resend.checkedBy()).isEqualTo("deputy");
        run(scheduler("one", start.plus(Duration.ofMinutes(3))));

        assertThat(publishing.find(reference).orElseThrow().status()).isEqualTo("published");
        assertThat(x.tweets())
                .singleElement()
                .satisfies(t -> assertThat(t.text()).isEqualTo("Bikeability for Year 5 on Monday."));
        assertThat(x.requests("GET", "/2/users/me"))
                .as("sent without looking again")
                .hasSize(looks);
        assertThatThrownBy(() -> publishing.confirmNotOnPlatform(reference))
                .isInstanceOfSatisfying(
                        CheckRefused.class, e -> assertThat(e.getMessage()).contains("published"));
    }

    @Test
    void a_crash_after_claiming_but_before_sending_sends_it_once_on_the_next_try() {
        goLive(FakeX.TOKEN);
        var reference = schedule("Nativity tickets on sale.", start.minusSeconds(1));
        var crashing = scheduler("crashing", start);
        var claimed = InSchool.jesseGray(jdbc, crashing::claim);
        assertThat(claimed).extracting(PublishingScheduler.Claimed::reference).containsExactly(reference);

        run(scheduler("other", start.plus(LEASE).plusSeconds(1)));

        assertThat(entry(reference).getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(x.tweets()).hasSize(1);
        assertThat(x.requests("GET", "/2/users/me")).as("it looked first").hasSize(1);
    }

    @Test
    void two_instances_on_one_database_send_every_post_exactly_once() throws Exception {
        goLive(FakeX.TOKEN);
        var references = new ArrayList<UUID>();
        for (int i = 0; i < 40; i++) {
            references.add(schedule("Falcons' daily news, item " + i, start.minusSeconds(i)));
        }
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(
                    pool.submit(() -> run(scheduler("instance-a", start))),
                    pool.submit(() -> run(scheduler("instance-b", start))));
            int handled = 0;
            for (var done : runs) {
                handled += done.get();
            }
            assertThat(handled).isEqualTo(40);
        } finally {
            pool.shutdown();
        }
        assertThat(references).allSatisfy(r -> assertThat(entry(r).getStatus()).isEqualTo(PublicationStatus.PUBLISHED));
        assertThat(x.tweets()).hasSize(40);
        assertThat(x.tweets().stream().map(FakeX.Tweet::text).distinct()).hasSize(40);
    }

    @Test
    void an_account_not_switched_to_its_platform_publishes_to_the_sandbox_and_slt_take_it_down() {
        var reference = schedule("Sandbox: Falcons' class assembly.", start.minusSeconds(1));

        run(scheduler("one", start));

        var published = publishing.find(reference).orElseThrow();
        assertThat(published.status()).isEqualTo("published");
        assertThat(published.url()).startsWith("sandbox:@JGP_Falcons/");
        assertThat(x.tweets()).isEmpty();
        var kept = sandboxPosts
                .findByIdempotencyKey(entry(reference).getIdempotencyKey())
                .orElseThrow();
        assertThat(kept.getText()).isEqualTo("Sandbox: Falcons' class assembly.");

        var down = publishing.takeDown(reference, "Posted on the wrong day");

        assertThat(down.status()).isEqualTo("taken-down");
        assertThat(down.takenDownBy()).isEqualTo("deputy");
        assertThat(down.takedownReason()).isEqualTo("Posted on the wrong day");
        assertThat(sandboxPosts.findById(kept.getId()).orElseThrow().getDeletedAt())
                .isNotNull();
        assertThat(recorded.stream(PostTakenDown.class)
                        .filter(e -> e.reference().equals(reference)))
                .hasSize(1);
        assertThat(publishing.showing("E100000000001"))
                .extracting(p -> p.reference())
                .doesNotContain(reference);
    }

    @Test
    void a_takedown_the_platform_does_not_confirm_records_nothing() {
        goLive(FakeX.TOKEN);
        var reference = schedule("Live post the portal cannot reach to delete.", start.minusSeconds(1));
        run(scheduler("one", start));
        assertThat(publishing.showing("E100000000001"))
                .extracting(p -> p.reference())
                .contains(reference);

        // The portal's own adapters point at a closed port in tests: X cannot be reached.
        assertThatThrownBy(() -> publishing.takeDown(reference, "Wrong photo"))
                .isInstanceOfSatisfying(
                        TakedownRefused.class, e -> assertThat(e.getMessage()).contains("could not be reached"));
        assertThat(publishing.find(reference).orElseThrow().status()).isEqualTo("published");
        assertThat(x.tweets())
                .singleElement()
                .satisfies(t -> assertThat(t.deleted()).isFalse());
    }

    @Test
    void only_the_portal_itself_reads_a_held_credential() {
        goLive(FakeX.TOKEN);
        assertThatThrownBy(() -> credentials.secretForPublishing(falcons)).isInstanceOf(AccessDeniedException.class);
        assertThat(InSchool.jesseGray(jdbc, () -> credentials.secretForPublishing(falcons)))
                .hasValueSatisfying(s -> assertThat(s.secret()).isEqualTo(FakeX.TOKEN));
    }
}
