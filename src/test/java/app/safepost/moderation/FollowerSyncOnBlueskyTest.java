package app.safepost.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.AccountKind;
import app.safepost.accounts.CredentialKind;
import app.safepost.accounts.HeldCredentials;
import app.safepost.accounts.Platform;
import app.safepost.accounts.SocialAccounts;
import app.safepost.publishing.PlatformSwitch;
import app.safepost.testing.BlueskyClient;
import app.safepost.testing.BlueskyClient.Session;
import app.safepost.testing.SafepostOnBlueskyTest;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestBluesky;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The follower register synchronised with the Bluesky reference network through the portal's own
 * beans: followers as the AppView lists them, and blocks as records the AppView reports. Each test
 * has a school account of its own on the network, followed only by the accounts it makes.
 */
@SafepostOnBlueskyTest
class FollowerSyncOnBlueskyTest {

    /** How long the AppView may take to index what the PDS just wrote. */
    static final Duration INDEXED = Duration.ofSeconds(20);

    @Autowired
    FollowerRegister register;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    HeldCredentials credentials;

    @Autowired
    PlatformSwitch platformSwitch;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    final BlueskyClient client = new BlueskyClient(TestBluesky.network().pds());
    Session school;
    AccountId account;

    @BeforeEach
    void aSchoolAccountOnBluesky() {
        school = client.newAccount("owls", "Owls class");
        SignedIn.as(demoUsers, "deputy");
        accounts.addIfMissing("@" + school.handle(), Platform.BLUESKY, AccountKind.CLASS, null);
        account =
                accounts.accountWithHandle("@" + school.handle()).orElseThrow().id();
        credentials.connect(account, CredentialKind.APP_PASSWORD, client.appPassword(school, "Safepost"));
        platformSwitch.switchTo(account, true);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private Session followedBy(String prefix, String name) {
        var follower = client.newAccount(prefix, name);
        client.follow(follower, school.did());
        return follower;
    }

    private void indexed(List<Session> following, List<Session> notFollowing) {
        // Until the AppView has indexed the new account it answers "Actor not found".
        await().atMost(INDEXED).ignoreExceptions().untilAsserted(() -> {
            var listed = client.followers(school);
            assertThat(listed).containsAll(following.stream().map(Session::did).toList());
            assertThat(notFollowing).noneMatch(gone -> listed.contains(gone.did()));
        });
    }

    private FollowerSummary follower(Session who) {
        return register.all().stream()
                .filter(f -> f.handle().equals("@" + who.handle()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_synchronisation_sees_a_new_follower_and_one_who_left() {
        var amara = followedBy("amara-mum", "Amara's mum");
        var grandad = followedBy("grandad", "Grandad Joe");
        indexed(List.of(amara, grandad), List.of());

        var first = register.synchronise(account).getFirst();

        assertThat(first.outcome()).isEqualTo(SyncOutcome.SYNCHRONISED);
        assertThat(first.found()).isEqualTo(2);
        assertThat(first.added()).isEqualTo(2);
        assertThat(follower(amara).displayName()).isEqualTo("Amara's mum");

        var coach = followedBy("coach", "Coach Sam");
        client.deleteRecord(grandad, followRecordOf(grandad));
        indexed(List.of(amara, coach), List.of(grandad));
        var second = register.synchronise(account).getFirst();

        assertThat(second.found()).isEqualTo(2);
        assertThat(second.added()).isEqualTo(1);
        assertThat(second.gone()).isEqualTo(1);
        assertThat(follower(coach).status()).isEqualTo(FollowerStatus.UNDER_REVIEW);
        assertThat(follower(grandad).following()).isFalse();
        assertThat(follower(amara).following()).isTrue();
    }

    private String followRecordOf(Session follower) {
        var records = client.get(
                        null,
                        "com.atproto.repo.listRecords",
                        Map.of("repo", follower.did(), "collection", "app.bsky.graph.follow"))
                .orFail()
                .path("records");
        for (var record : records) {
            if (record.path("value").path("subject").asString().equals(school.did())) {
                return record.path("uri").asString();
            }
        }
        throw new AssertionError(follower.handle() + " does not follow " + school.handle());
    }

    @Test
    void a_block_and_its_unblock_are_records_the_app_view_reports() {
        var rude = followedBy("rude", "Rude");
        indexed(List.of(rude), List.of());
        register.synchronise(account);

        var block = register.block(
                follower(rude).id(),
                new BlockRequest(BlockReason.OFFENSIVE_LANGUAGE, "Swore under the sports day post", null, null, null));

        assertThat(block.platformOutcome()).isEqualTo(BlockOutcome.BLOCKED);
        assertThat(block.platformDetail()).isEqualTo("Blocked on Bluesky.");
        await().atMost(INDEXED)
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(client.blocked(school)).containsExactly(rude.did()));
        var blockRecords = client.get(
                        null,
                        "com.atproto.repo.listRecords",
                        Map.of("repo", school.did(), "collection", "app.bsky.graph.block"))
                .orFail()
                .path("records");
        assertThat(blockRecords)
                .singleElement()
                .satisfies(r ->
                        assertThat(r.path("value").path("subject").asString()).isEqualTo(rude.did()));

        var after = register.synchronise(account).getFirst();
        assertThat(after.gone())
                .as("the AppView no longer lists a blocked follower")
                .isEqualTo(1);
        assertThat(follower(rude).status()).isEqualTo(FollowerStatus.BLOCKED);
        assertThat(follower(rude).following()).isFalse();

        var unblock = register.unblock(follower(rude).id(), "Apologised to the head teacher");
        assertThat(unblock.platformDetail()).isEqualTo("Unblocked on Bluesky.");
        await().atMost(INDEXED)
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(client.blocked(school)).isEmpty());
        assertThat(client.get(
                                null,
                                "com.atproto.repo.listRecords",
                                Map.of("repo", school.did(), "collection", "app.bsky.graph.block"))
                        .orFail()
                        .path("records"))
                .isEmpty();
    }
}
