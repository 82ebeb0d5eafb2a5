package app.safepost.publishing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.AccountKind;
import app.safepost.accounts.CredentialKind;
import app.safepost.accounts.HeldCredentials;
import app.safepost.accounts.Platform;
import app.safepost.accounts.SocialAccounts;
import app.safepost.publishing.AccountFollowers;
import app.safepost.publishing.FollowerCallOutcome;
import app.safepost.publishing.PlatformFollower;
import app.safepost.publishing.PlatformSwitch;
import app.safepost.publishing.PostToPublish;
import app.safepost.publishing.Publishing;
import app.safepost.publishing.platforms.FakeMastodon;
import app.safepost.publishing.platforms.FakePlatform;
import app.safepost.testing.InSchool;
import app.safepost.testing.SecurityContextPerTestContext;
import app.safepost.testing.SeparateDatabase;
import app.safepost.testing.SignedIn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Mastodon accounts on different servers, each a fake Mastodon on loopback: posts, the look-up
 * before a resend, followers and takedowns reach the account's own server, and an account with none
 * the portal's setting. A database of its own, so the accounts these tests add reach no other test.
 * The scheduler's clock runs decades ahead, so the portal's own publishing job never takes these posts.
 */
@SpringBootTest
@ContextConfiguration(initializers = MastodonAccountsOnTheirOwnServersTest.Database.class)
@TestExecutionListeners(
        listeners = SecurityContextPerTestContext.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class MastodonAccountsOnTheirOwnServersTest {

    static final class Database extends SeparateDatabase {
        @Override
        protected String name() {
            return "mastodon_servers";
        }
    }

    /** The server of the portal's setting: where an account without a server of its own goes. */
    static final FakeMastodon portalsSetting = new FakeMastodon();

    static int accountsMade;

    @DynamicPropertySource
    static void platforms(DynamicPropertyRegistry registry) {
        registry.add("safepost.publishing.mastodon.base-url", portalsSetting::baseUrl);
    }

    @AfterAll
    static void stopServers() {
        portalsSetting.close();
    }

    @Autowired
    Publishing publishing;

    @Autowired
    PublicationRepository publications;

    @Autowired
    PlatformSwitch platformSwitch;

    @Autowired
    HeldCredentials credentials;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    AccountFollowers followers;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    final FakeMastodon eaglesServer = new FakeMastodon();
    final FakeMastodon owlsServer = new FakeMastodon();
    Instant start;

    @BeforeEach
    void setUp() {
        SignedIn.as(demoUsers, "deputy");
        start = clock.instant()
                .plus(Duration.ofDays(365L * 40 + 30L * accountsMade))
                .truncatedTo(ChronoUnit.SECONDS);
        portalsSetting.startOver();
        for (var server : List.of(portalsSetting, eaglesServer, owlsServer)) {
            server.setNow(start);
        }
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        eaglesServer.close();
        owlsServer.close();
    }

    /** A live Mastodon account of the test's own; on the given server unless that is null. */
    private AccountId mastodonAccount(String handle, String server) {
        accountsMade++;
        accounts.addIfMissing(handle, Platform.MASTODON, AccountKind.CLASS, null);
        var account = accounts.accountWithHandle(handle).orElseThrow().id();
        if (server != null) {
            accounts.chooseMastodonServer(account, server);
        }
        credentials.connect(account, CredentialKind.OAUTH_TOKEN, FakeMastodon.TOKEN);
        platformSwitch.switchTo(account, true);
        return account;
    }

    private UUID schedule(AccountId account, String text) {
        var reference = UUID.randomUUID();
        publishing.schedule(new PostToPublish(
                reference, 1, account, text, List.of(), List.of(), start.minusSeconds(1), "teacher", "deputy", null));
        return reference;
    }

    /** A scheduler built as the portal builds its own: each account's server asked of the accounts. */
    private void runAt(Instant at) {
        var scheduler = new PublishingOnFakePlatforms(
                        context,
                        PublishingOnFakePlatforms.NOWHERE,
                        PublishingOnFakePlatforms.NOWHERE,
                        portalsSetting.baseUrl())
                .withMastodonServers(accounts::mastodonServer)
                .scheduler(
                        at,
                        new PublishingScheduler.Settings("one", Duration.ofMinutes(10), 5, 4, Duration.ofSeconds(30)));
        InSchool.jesseGray(jdbc, scheduler::runDue);
    }

    private static String textOf(FakeMastodon server) {
        return server.statuses().stream().map(s -> s.path("content").asString()).reduce("", String::concat);
    }

    @Test
    void two_accounts_on_two_servers_each_reach_their_own_for_posts_resends_followers_and_takedowns() {
        var eagles = mastodonAccount("@JGP_Eagles@eagles.example", eaglesServer.baseUrl());
        var owls = mastodonAccount("@JGP_Owls@owls.example", owlsServer.baseUrl());
        var toEagles = schedule(eagles, "Eagles' swimming gala today.");
        var toOwls = schedule(owls, "Owls' kite day on the field.");
        // The owls' server makes the post but answers too late: the retry must look there, not elsewhere.
        owlsServer.answerNextPostsWith(FakePlatform.Reply.slow(Duration.ofSeconds(3)));

        runAt(start);
        assertThat(publications.findByReference(toOwls).orElseThrow().getStatus())
                .isEqualTo(PublicationStatus.SCHEDULED);
        runAt(start.plus(Duration.ofMinutes(2)));

        assertThat(eaglesServer.statuses()).hasSize(1);
        assertThat(textOf(eaglesServer)).contains("Eagles' swimming gala today.");
        assertThat(owlsServer.statuses()).hasSize(1);
        assertThat(textOf(owlsServer)).contains("Owls' kite day on the field.");
        assertThat(portalsSetting.requests())
                .as("nothing went to the portal's setting")
                .isEmpty();
        assertThat(publishing.find(toEagles).orElseThrow().platformPostId())
                .isEqualTo(eaglesServer.statuses().getFirst().path("id").asString());
        assertThat(publishing.find(toOwls).orElseThrow().status()).isEqualTo("published");
        assertThat(owlsServer.requests("POST", "/api/v1/statuses"))
                .as("found, not sent again")
                .hasSize(1);
        assertThat(owlsServer.requests("GET", "/api/v1/accounts/verify_credentials"))
                .as("looked there")
                .isNotEmpty();
        assertThat(eaglesServer.requests("GET", "/api/v1/accounts/verify_credentials"))
                .isEmpty();

        // The portal's own adapters, for followers and takedowns, use each account's server too.
        eaglesServer.follow("amara@mastodon.example", "Amara's mum");
        owlsServer.follow("ben@school.example", "Ben's dad");
        var eaglesFollowers = followers.followers(eagles);
        assertThat(eaglesFollowers.outcome()).isEqualTo(FollowerCallOutcome.DONE);
        assertThat(eaglesFollowers.followers())
                .extracting(PlatformFollower::handle)
                .containsExactly("amara@mastodon.example");
        assertThat(followers.followers(owls).followers())
                .extracting(PlatformFollower::handle)
                .containsExactly("ben@school.example");

        assertThat(publishing.takeDown(toOwls, "Wrong class named").status()).isEqualTo("taken-down");
        assertThat(owlsServer.statuses()).isEmpty();
        assertThat(eaglesServer.statuses()).hasSize(1);
    }

    @Test
    void an_account_whose_handle_names_no_server_and_has_none_chosen_uses_the_portals_setting() {
        var newsdesk = mastodonAccount("@JGP_Newsdesk", null);
        assertThat(accounts.mastodonServer(newsdesk)).isEmpty();

        var reference = schedule(newsdesk, "Newsdesk: nativity rehearsal.");
        runAt(start);

        assertThat(publishing.find(reference).orElseThrow().status()).isEqualTo("published");
        assertThat(textOf(portalsSetting)).contains("Newsdesk: nativity rehearsal.");
        assertThat(eaglesServer.requests()).isEmpty();
        assertThat(owlsServer.requests()).isEmpty();
    }

    @Test
    void an_account_goes_by_its_handles_server_until_slt_choose_one_and_back_when_they_clear_it() {
        accounts.addIfMissing("@JGP_Finches@schools.example", Platform.MASTODON, AccountKind.CLASS, null);
        var finches = accounts.accountWithHandle("@JGP_Finches@schools.example")
                .orElseThrow()
                .id();
        assertThat(accounts.mastodonServer(finches)).contains("https://schools.example");

        accounts.chooseMastodonServer(finches, "Social.Schools.Example");
        assertThat(accounts.mastodonServer(finches)).contains("https://social.schools.example");
        assertThat(accounts.mastodonAccounts())
                .filteredOn(a -> a.id().equals(finches))
                .singleElement()
                .satisfies(a -> assertThat(a.fromHandle()).isEqualTo("https://schools.example"));

        accounts.chooseMastodonServer(finches, " ");
        assertThat(accounts.mastodonServer(finches)).contains("https://schools.example");
        assertThat(InSchool.jesseGray(
                        jdbc,
                        () -> jdbc.queryForObject(
                                "select count(*) from social_account_aud" + " where id = ?",
                                Integer.class,
                                finches.value())))
                .as("each change in the audit trail")
                .isEqualTo(3);
    }
}
