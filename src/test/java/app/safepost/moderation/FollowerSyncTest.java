package app.safepost.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.AccountKind;
import app.safepost.accounts.CredentialKind;
import app.safepost.accounts.HeldCredentials;
import app.safepost.accounts.Platform;
import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.moderation.domain.FollowerDecisionRepository;
import app.safepost.moderation.domain.FollowerRepository;
import app.safepost.moderation.domain.FollowerSync;
import app.safepost.moderation.domain.FollowerSyncClaimRepository;
import app.safepost.moderation.domain.FollowerSyncRepository;
import app.safepost.moderation.domain.FollowerSynchroniser;
import app.safepost.publishing.AccountFollowers;
import app.safepost.publishing.PlatformSwitch;
import app.safepost.publishing.platforms.FakeBluesky;
import app.safepost.publishing.platforms.FakeMastodon;
import app.safepost.publishing.platforms.FakePlatform.Reply;
import app.safepost.publishing.platforms.FakeX;
import app.safepost.testing.InSchool;
import app.safepost.testing.SecurityContextPerTestContext;
import app.safepost.testing.SeparateDatabase;
import app.safepost.testing.SignedIn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The follower register synchronised with fake Mastodon, Bluesky and X servers on loopback, on
 * PostgreSQL, through the portal's own beans: publishing's adapters at the configured addresses, the
 * per-account switch, the held credentials and the publishing thread. A database of its own, so the
 * accounts each test adds reach no other test; the nightly run is switched off (the tests run it).
 */
@SpringBootTest
@ContextConfiguration(initializers = FollowerSyncTest.Database.class)
@TestExecutionListeners(
        listeners = SecurityContextPerTestContext.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class FollowerSyncTest {

    static final class Database extends SeparateDatabase {
        @Override
        protected String name() {
            return "follower_sync";
        }
    }

    static final FakeMastodon mastodon = new FakeMastodon();
    static final FakeBluesky bluesky = new FakeBluesky();
    static final FakeX x = new FakeX();
    static final AtomicInteger accountsMade = new AtomicInteger();

    @DynamicPropertySource
    static void platforms(DynamicPropertyRegistry registry) {
        registry.add("safepost.publishing.mastodon.base-url", mastodon::baseUrl);
        registry.add("safepost.publishing.bluesky.base-url", bluesky::baseUrl);
        registry.add("safepost.publishing.x.base-url", x::baseUrl);
        registry.add("safepost.schedule.follower-sync", () -> "-");
    }

    @AfterAll
    static void stopPlatforms() {
        mastodon.close();
        bluesky.close();
        x.close();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FollowerRegister register;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    HeldCredentials credentials;

    @Autowired
    PlatformSwitch platformSwitch;

    @Autowired
    AccountFollowers platforms;

    @Autowired
    FollowerRepository followers;

    @Autowired
    FollowerDecisionRepository decisions;

    @Autowired
    FollowerSyncRepository syncs;

    @Autowired
    FollowerSyncClaimRepository claims;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @BeforeEach
    void signIn() {
        SignedIn.as(demoUsers, "deputy");
        mastodon.startOver();
        bluesky.startOver();
        x.startOver();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /** A live account of the test's own on the platform, connected with the fake's credential. */
    private AccountId liveAccount(Platform platform) {
        var handle = "@JGP_" + platform.label() + accountsMade.incrementAndGet();
        accounts.addIfMissing(handle, platform, AccountKind.CLASS, null);
        var account = accounts.accountWithHandle(handle).orElseThrow().id();
        credentials.connect(
                account,
                platform == Platform.BLUESKY ? CredentialKind.APP_PASSWORD : CredentialKind.OAUTH_TOKEN,
                switch (platform) {
                    case MASTODON -> FakeMastodon.TOKEN;
                    case BLUESKY -> FakeBluesky.APP_PASSWORD;
                    case X -> FakeX.TOKEN;
                });
        platformSwitch.switchTo(account, true);
        return account;
    }

    private FollowerSyncSummary synchronise(AccountId account) {
        return register.synchronise(account).getFirst();
    }

    private List<FollowerSummary> register(AccountId account) {
        return register.all().stream().filter(f -> f.account().equals(account)).toList();
    }

    private FollowerSummary follower(AccountId account, String handle) {
        return register(account).stream()
                .filter(f -> f.handle().equals(handle))
                .findFirst()
                .orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    @Test
    void newcomers_are_added_leavers_stay_marked_and_names_follow_the_platform() {
        mastodon.follow("amara@mastodon.example", "Amara's mum");
        mastodon.follow("ben@school.example", "Ben");
        mastodon.follow("chris@mastodon.example", "");
        mastodon.pageMaximum(2);
        var account = liveAccount(Platform.MASTODON);

        var first = synchronise(account);

        assertThat(first.outcome()).isEqualTo(SyncOutcome.SYNCHRONISED);
        assertThat(first.found()).isEqualTo(3);
        assertThat(first.added()).isEqualTo(3);
        assertThat(first.runByName()).isEqualTo("Daniel Reeve");
        assertThat(first.detail())
                .isEqualTo("Mastodon listed 3 followers. 3 new (allowed: already following at the"
                        + " first synchronisation).");
        assertThat(register(account))
                .extracting(FollowerSummary::handle)
                .containsExactlyInAnyOrder("@amara@mastodon.example", "@ben@school.example", "@chris@mastodon.example");
        assertThat(register(account)).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(FollowerStatus.ALLOWED);
            assertThat(f.firstSeen()).isEqualTo(today());
            assertThat(f.following()).isTrue();
        });
        assertThat(follower(account, "@chris@mastodon.example").displayName()).isNull();

        mastodon.unfollow("ben@school.example");
        mastodon.follow("dana@mastodon.example", "Dana");
        mastodon.showName("amara@mastodon.example", "Amara's mum (PTA)");
        var second = synchronise(account);

        assertThat(second.found()).isEqualTo(3);
        assertThat(second.added()).isEqualTo(1);
        assertThat(second.gone()).isEqualTo(1);
        assertThat(second.detail())
                .isEqualTo("Mastodon listed 3 followers. 1 new (under review), 1 no longer"
                        + " following, 1 changed the name shown.");
        assertThat(follower(account, "@dana@mastodon.example").status()).isEqualTo(FollowerStatus.UNDER_REVIEW);
        var ben = follower(account, "@ben@school.example");
        assertThat(ben.following()).isFalse();
        assertThat(ben.leftOn()).isEqualTo(today());
        assertThat(ben.status()).isEqualTo(FollowerStatus.ALLOWED);
        assertThat(follower(account, "@amara@mastodon.example").displayName()).isEqualTo("Amara's mum (PTA)");
        assertThat(register.decisions(ben.id()))
                .extracting(FollowerDecisionEntry::kind)
                .containsExactly(FollowerDecisionKind.ADDED, FollowerDecisionKind.STOPPED_FOLLOWING);

        mastodon.follow("ben@school.example", "Ben");
        assertThat(synchronise(account).detail()).contains("1 following again");
        assertThat(follower(account, "@ben@school.example").following()).isTrue();
        assertThat(register.lastSynchronisations())
                .filteredOn(s -> s.account().equals(account))
                .singleElement()
                .satisfies(s -> assertThat(s.detail()).contains("1 following again"));
    }

    @Test
    void a_follower_added_by_hand_is_recognised_by_handle_and_one_who_changes_handle_keeps_their_history() {
        var account = liveAccount(Platform.BLUESKY);
        var byHand = register.add(account, "@Grandad.bsky.social", "Grandad", today().minusDays(30));
        bluesky.follow("grandad.bsky.social", "Grandad Joe");
        bluesky.follow("coach.bsky.social", "Coach");

        assertThat(synchronise(account).added()).isEqualTo(1);
        var grandad = follower(account, "@grandad.bsky.social");
        assertThat(grandad.id()).isEqualTo(byHand.id());
        assertThat(grandad.firstSeen()).isEqualTo(today().minusDays(30));
        assertThat(grandad.displayName()).isEqualTo("Grandad Joe");

        bluesky.changeHandle("coach.bsky.social", "coach-sam.bsky.social", "Coach Sam");
        var later = synchronise(account);

        assertThat(later.added()).isZero();
        assertThat(later.detail()).contains("1 changed handle");
        var coach = follower(account, "@coach-sam.bsky.social");
        assertThat(register.decisions(coach.id()))
                .extracting(FollowerDecisionEntry::kind)
                .containsExactly(FollowerDecisionKind.ADDED, FollowerDecisionKind.HANDLE_CHANGED);
        assertThat(register(account)).hasSize(2);
    }

    @Test
    void a_block_and_its_unblock_reach_bluesky_and_a_blocked_follower_stays_blocked() {
        var account = liveAccount(Platform.BLUESKY);
        bluesky.follow("rude-" + accountsMade.get() + ".bsky.social", "Rude");
        synchronise(account);
        var rude = register(account).getFirst();

        var block = register.block(
                rude.id(),
                new BlockRequest(BlockReason.OFFENSIVE_LANGUAGE, "Swore under the sports day post", null, null, null));

        assertThat(block.platformOutcome()).isEqualTo(BlockOutcome.BLOCKED);
        assertThat(block.platformDetail()).isEqualTo("Blocked on Bluesky.");
        assertThat(bluesky.blocked()).contains(rude.handle().substring(1));
        assertThat(bluesky.requests("GET", "/xrpc/com.atproto.identity.resolveHandle"))
                .as("the follower's DID came with the synchronisation")
                .isEmpty();

        var after = synchronise(account);
        assertThat(after.gone())
                .as("Bluesky no longer lists a blocked follower")
                .isEqualTo(1);
        var stillBlocked = follower(account, rude.handle());
        assertThat(stillBlocked.status()).isEqualTo(FollowerStatus.BLOCKED);
        assertThat(stillBlocked.following()).isFalse();

        var unblock = register.unblock(rude.id(), "Apologised to the head teacher");
        assertThat(unblock.platformOutcome()).isEqualTo(BlockOutcome.BLOCKED);
        assertThat(unblock.platformOutcome().labelFor(unblock.kind())).isEqualTo("Unblocked on the platform");
        assertThat(unblock.platformDetail()).isEqualTo("Unblocked on Bluesky.");
        assertThat(bluesky.blocked()).doesNotContain(rude.handle().substring(1));
        assertThat(bluesky.requests("GET", "/xrpc/app.bsky.graph.getBlocks"))
                .as("the block's record was kept")
                .isEmpty();
    }

    @Test
    void a_blocked_follower_the_platform_still_lists_stays_blocked_and_the_register_says_so() {
        var account = liveAccount(Platform.MASTODON);
        var handle = "stubborn" + accountsMade.get() + "@mastodon.example";
        mastodon.follow(handle, "Stubborn");
        synchronise(account);
        mastodon.withoutBlocking();

        var manual = register.block(
                follower(account, "@" + handle).id(),
                new BlockRequest(
                        BlockReason.SPAM_OR_IMPERSONATION, null, "https://mastodon.example/@" + handle, null, null));
        assertThat(manual.platformOutcome()).isEqualTo(BlockOutcome.MANUAL);
        assertThat(manual.platformDetail()).contains("does not offer blocking");

        var after = synchronise(account);
        assertThat(after.detail())
                .contains("1 blocked follower still follows on the platform: block it there by hand.");
        assertThat(follower(account, "@" + handle).status()).isEqualTo(FollowerStatus.BLOCKED);
    }

    @Test
    void the_sandbox_a_missing_credential_and_x_are_skipped_with_the_reason_and_nothing_is_called() {
        // Other tests' accounts go back to the sandbox, so any call to a platform would be one of these.
        accounts.all().forEach(a -> platformSwitch.switchTo(a.id(), false));
        var inSandbox = liveAccount(Platform.MASTODON);
        platformSwitch.switchTo(inSandbox, false);
        var notConnected = liveAccount(Platform.BLUESKY);
        credentials.disconnect(notConnected);
        var onX = liveAccount(Platform.X);

        var all = register.synchronise(null);

        assertThat(all).extracting(FollowerSyncSummary::account).contains(inSandbox, notConnected, onX);
        assertThat(all)
                .filteredOn(s -> s.account().equals(inSandbox))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.outcome()).isEqualTo(SyncOutcome.SKIPPED);
                    assertThat(s.detail()).contains("is in practice mode, so no platform was called");
                });
        assertThat(all)
                .filteredOn(s -> s.account().equals(notConnected))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.outcome()).isEqualTo(SyncOutcome.SKIPPED);
                    assertThat(s.detail())
                            .contains("has no connected credential")
                            .contains("Connect it on the Accounts screen");
                });
        assertThat(all).filteredOn(s -> s.account().equals(onX)).singleElement().satisfies(s -> {
            assertThat(s.outcome()).isEqualTo(SyncOutcome.SKIPPED);
            assertThat(s.detail())
                    .isEqualTo("X does not list followers on the school's API tier; add followers by hand.");
        });
        assertThat(all)
                .filteredOn(s -> s.accountHandle().equals("@JesseGrayPrimary"))
                .singleElement()
                .satisfies(s -> assertThat(s.outcome()).isEqualTo(SyncOutcome.SKIPPED));
        assertThat(x.requests()).isEmpty();
        assertThat(mastodon.requests()).isEmpty();
        assertThat(bluesky.requests()).isEmpty();
    }

    @Test
    void a_platforms_failure_is_recorded_in_plain_words_and_leaves_the_register_as_it_was() {
        var account = liveAccount(Platform.MASTODON);
        var handle = "steady" + accountsMade.get() + "@mastodon.example";
        mastodon.follow(handle, "Steady");
        synchronise(account);
        mastodon.pageMaximum(1);
        mastodon.follow("second" + accountsMade.get() + "@mastodon.example", "Second");
        var reset = Instant.now().plusSeconds(600);
        mastodon.answerNextFollowerCallsWith(
                Reply.asUsual(), FakeMastodon.serverError(), FakeMastodon.rateLimited(reset));

        var broken = synchronise(account);
        var limited = synchronise(account);

        assertThat(broken.outcome()).isEqualTo(SyncOutcome.FAILED);
        assertThat(broken.detail())
                .isEqualTo("Mastodon refused reading the followers (HTTP 500): We're sorry, but"
                        + " something went wrong on our end. Try again later.");
        assertThat(limited.outcome()).isEqualTo(SyncOutcome.FAILED);
        assertThat(limited.detail())
                .contains("(HTTP 429)")
                .endsWith("Try again after " + SchoolTime.dateTime(reset) + ".");
        assertThat(register(account))
                .singleElement()
                .satisfies(f -> assertThat(f.following()).isTrue());

        credentials.rotate(account, "a-revoked-token");
        var refused = synchronise(account);
        assertThat(refused.detail()).contains("HTTP 401").contains("Reconnect the account's credential");

        credentials.rotate(account, FakeMastodon.TOKEN);
        mastodon.answerNextFollowerCallsWith(
                Reply.asUsual(),
                Reply.json(200, "[]")
                        .withHeaders(java.util.Map.of(
                                "Link",
                                "<" + mastodon.baseUrl()
                                        + "/api/v1/accounts/109384000000000001/followers?max_id=1>; rel=\"next\"")),
                Reply.json(200, "[]")
                        .withHeaders(java.util.Map.of(
                                "Link",
                                "<" + mastodon.baseUrl()
                                        + "/api/v1/accounts/109384000000000001/followers?max_id=1>; rel=\"next\"")));
        var looping = synchronise(account);
        assertThat(looping.outcome()).isEqualTo(SyncOutcome.FAILED);
        assertThat(looping.detail()).contains("gave the same page of followers twice");
        assertThat(register(account))
                .singleElement()
                .satisfies(f -> assertThat(f.following()).isTrue());
    }

    @Test
    void two_instances_running_the_nightly_synchronisation_at_once_take_each_account_once() throws Exception {
        mastodon.follow("night-owl@mastodon.example", "Night owl");
        bluesky.follow("early-bird.bsky.social", "Early bird");
        var onMastodon = liveAccount(Platform.MASTODON);
        var onBluesky = liveAccount(Platform.BLUESKY);
        var chosen = List.of(
                accounts.account(onMastodon).orElseThrow(),
                accounts.account(onBluesky).orElseThrow(),
                accounts.accountWithHandle("@JesseGrayPrimary").orElseThrow());
        // Noon on a day of its own, decades ahead, so no other run has marked that day.
        var night = LocalDate.now(SchoolTime.ZONE)
                .plusYears(40)
                .plusDays(accountsMade.get())
                .atTime(12, 0)
                .atZone(SchoolTime.ZONE)
                .toInstant();
        var one = instance("one", night);
        var two = instance("two", night);

        List<FollowerSync> done;
        try (var threads = Executors.newFixedThreadPool(2)) {
            // Each instance's nightly job does its work with the school in hand, on a thread of its own.
            Callable<List<FollowerSync>> runOne =
                    () -> InSchool.jesseGray(jdbc, () -> one.synchronise(chosen, true, "system"));
            Callable<List<FollowerSync>> runTwo =
                    () -> InSchool.jesseGray(jdbc, () -> two.synchronise(chosen, true, "system"));
            var first = threads.submit(runOne);
            var second = threads.submit(runTwo);
            done = new ArrayList<>(first.get());
            done.addAll(second.get());
        }

        assertThat(done)
                .extracting(FollowerSync::getAccountId)
                .containsExactlyInAnyOrderElementsOf(
                        chosen.stream().map(a -> a.id().value()).toList());
        assertThat(done).allSatisfy(s -> {
            assertThat(s.isScheduled()).isTrue();
            assertThat(s.getRunBy()).isEqualTo("system");
        });
        assertThat(mastodon.requests("GET", "/api/v1/accounts/109384000000000001/followers"))
                .hasSize(1);
        assertThat(bluesky.requests("GET", "/xrpc/app.bsky.graph.getFollowers")).hasSize(1);
        assertThat(register(onMastodon))
                .extracting(FollowerSummary::handle)
                .containsExactly("@night-owl@mastodon.example");

        var laterThatDay = InSchool.jesseGray(
                jdbc, () -> instance("three", night.plus(Duration.ofHours(3))).synchronise(chosen, true, "system"));
        assertThat(laterThatDay).as("every account was taken that day").isEmpty();
        var nextDay = InSchool.jesseGray(
                jdbc, () -> instance("one", night.plus(Duration.ofDays(1))).synchronise(chosen, true, "system"));
        assertThat(nextDay).hasSize(3);
    }

    private FollowerSynchroniser instance(String name, Instant at) {
        return new FollowerSynchroniser(
                followers,
                decisions,
                syncs,
                claims,
                platforms,
                transaction,
                Clock.fixed(at, ZoneOffset.UTC),
                new FollowerSynchroniser.Settings(name, Duration.ofMinutes(15)));
    }

    @Test
    void only_slt_synchronise_and_everyone_signed_in_sees_the_last_results() {
        var account = liveAccount(Platform.MASTODON);
        var run = synchronise(account);
        var seenBySlt = register.lastSynchronisations().stream()
                .filter(s -> s.account().equals(account))
                .toList();
        assertThat(seenBySlt).singleElement().satisfies(s -> {
            assertThat(s.detail()).isEqualTo(run.detail());
            assertThat(s.runBy()).isEqualTo("deputy");
        });

        for (var someone : List.of("teacher", "governor")) {
            SignedIn.as(demoUsers, someone);
            assertThatThrownBy(() -> register.synchronise(null)).isInstanceOf(AccessDeniedException.class);
            assertThat(register.lastSynchronisations())
                    .as(someone)
                    .filteredOn(s -> s.account().equals(account))
                    .isEqualTo(seenBySlt);
        }
    }
}
