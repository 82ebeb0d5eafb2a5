package app.safepost.publishing.platforms;

import static app.safepost.publishing.platforms.PlatformAdaptersTest.NOW;
import static app.safepost.publishing.platforms.PlatformAdaptersTest.failureOf;
import static app.safepost.publishing.platforms.PlatformAdaptersTest.http;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.publishing.PlatformFollower;
import app.safepost.publishing.platforms.FakePlatform.Reply;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The follower side of each adapter against a fake of its platform: every page of followers read by the
 * platform's own paging, blocks and unblocks as the platform takes them, a server that cannot block,
 * and refusals read as publishing reads them (429 and 5xx: later; 401: reconnect).
 */
class FollowerAdaptersTest {

    /** Every page, the way the register reads them. */
    static List<PlatformFollower> everyPage(PlatformFollowers adapter, String handle, String secret) {
        var all = new ArrayList<PlatformFollower>();
        @Nullable String cursor = null;
        do {
            var page = adapter.followers(handle, secret, cursor);
            all.addAll(page.followers());
            cursor = page.next();
        } while (cursor != null);
        return all;
    }

    @Nested
    class OnMastodon {

        final FakeMastodon mastodon = new FakeMastodon();
        final MastodonPublisher adapter = new MastodonPublisher(mastodon.baseUrl(), http("Mastodon"));

        @AfterEach
        void stop() {
            mastodon.close();
        }

        @Test
        void every_follower_is_read_page_by_page_through_the_link_header() {
            for (int i = 1; i <= 5; i++) {
                mastodon.follow("parent" + i + "@mastodon.example", "Parent " + i);
            }
            mastodon.pageMaximum(2);

            var all = everyPage(adapter, "@JGP_Eagles", FakeMastodon.TOKEN);

            assertThat(all)
                    .extracting(PlatformFollower::handle)
                    .containsExactly(
                            "parent5@mastodon.example",
                            "parent4@mastodon.example",
                            "parent3@mastodon.example",
                            "parent2@mastodon.example",
                            "parent1@mastodon.example");
            assertThat(all).allSatisfy(f -> assertThat(f.platformId()).isNotBlank());
            assertThat(all.getFirst().displayName()).isEqualTo("Parent 5");
            var pages = mastodon.requests("GET", "/api/v1/accounts/109384000000000001/followers");
            assertThat(pages).hasSize(3);
            assertThat(pages.getFirst().query()).containsEntry("limit", "80").doesNotContainKey("max_id");
            assertThat(pages.get(1).query()).containsKey("max_id");
            assertThat(mastodon.requests("GET", "/api/v1/accounts/verify_credentials"))
                    .hasSize(1);
        }

        @Test
        void a_block_looks_the_account_up_when_its_id_is_unknown_and_an_unblock_lifts_it() {
            var troll = mastodon.follow("troll@bad.example", "Troll");

            assertThat(adapter.block("@JGP_Eagles", FakeMastodon.TOKEN, "@troll@bad.example", null))
                    .isEqualTo(troll.id());
            assertThat(mastodon.requests("GET", "/api/v1/accounts/lookup")
                            .getFirst()
                            .query())
                    .containsEntry("acct", "troll@bad.example");
            assertThat(mastodon.blocked()).containsExactly("troll@bad.example");
            assertThat(mastodon.followers()).isEmpty();

            assertThat(adapter.unblock("@JGP_Eagles", FakeMastodon.TOKEN, "troll@bad.example", troll.id(), null))
                    .isTrue();
            assertThat(mastodon.blocked()).isEmpty();
            assertThat(mastodon.requests("GET", "/api/v1/accounts/lookup"))
                    .as("the id was known")
                    .hasSize(1);
            assertThat(mastodon.requests("POST", "/api/v1/accounts/" + troll.id() + "/unblock"))
                    .hasSize(1);
        }

        @Test
        void a_server_without_the_block_endpoints_is_answered_as_not_offered() {
            var troll = mastodon.follow("troll@bad.example", "Troll");
            mastodon.withoutBlocking();

            assertThatThrownBy(() -> adapter.block("@JGP_Eagles", FakeMastodon.TOKEN, "troll@bad.example", troll.id()))
                    .isInstanceOf(NotOffered.class)
                    .hasMessageContaining("does not offer blocking");
            assertThatThrownBy(() ->
                            adapter.unblock("@JGP_Eagles", FakeMastodon.TOKEN, "troll@bad.example", troll.id(), null))
                    .isInstanceOf(NotOffered.class)
                    .hasMessageContaining("does not offer unblocking");
        }

        @Test
        void refusals_say_whether_to_try_again_later_or_reconnect() {
            mastodon.follow("parent@mastodon.example", "Parent");
            var reset = NOW.plusSeconds(300);
            mastodon.answerNextFollowerCallsWith(FakeMastodon.serverError(), FakeMastodon.rateLimited(reset));

            var down = failureOf(() -> adapter.followers("@JGP_Eagles", FakeMastodon.TOKEN, null));
            assertThat(down.permanent()).isFalse();
            assertThat(down.getMessage()).startsWith("Mastodon refused reading the followers (HTTP 500)");
            var limited = failureOf(() -> adapter.followers("@JGP_Eagles", FakeMastodon.TOKEN, null));
            assertThat(limited.permanent()).isFalse();
            assertThat(limited.notBefore()).isEqualTo(reset);
            var revoked = failureOf(() -> adapter.followers("@JGP_Eagles", "revoked-token", null));
            assertThat(revoked.permanent()).isTrue();
            assertThat(revoked.getMessage()).contains("Reconnect the account's credential");
            var unknown =
                    failureOf(() -> adapter.block("@JGP_Eagles", FakeMastodon.TOKEN, "nobody@nowhere.example", null));
            assertThat(unknown.permanent()).isTrue();
            assertThat(unknown.getMessage()).isEqualTo("Mastodon does not know @nobody@nowhere.example.");
        }
    }

    @Nested
    class OnBluesky {

        final FakeBluesky bluesky = new FakeBluesky();
        final BlueskyPublisher adapter = new BlueskyPublisher(bluesky.baseUrl(), http("Bluesky"));

        @AfterEach
        void stop() {
            bluesky.close();
        }

        @Test
        void every_follower_is_read_by_cursor_with_their_did() {
            for (int i = 1; i <= 5; i++) {
                bluesky.follow("parent" + i + ".bsky.social", "Parent " + i);
            }
            bluesky.pageMaximum(2);

            var all = everyPage(adapter, "@jgp-eagles.bsky.social", FakeBluesky.APP_PASSWORD);

            assertThat(all)
                    .hasSize(5)
                    .allSatisfy(f -> assertThat(f.platformId()).startsWith("did:plc:"));
            assertThat(all.getFirst().handle()).isEqualTo("parent5.bsky.social");
            var pages = bluesky.requests("GET", "/xrpc/app.bsky.graph.getFollowers");
            assertThat(pages).hasSize(3);
            assertThat(pages.getFirst().query())
                    .containsEntry("actor", FakeBluesky.DID)
                    .containsEntry("limit", "100");
            assertThat(pages.get(2).query()).containsEntry("cursor", "4");
            assertThat(bluesky.sessionsCreated()).isEqualTo(1);
        }

        @Test
        void a_block_is_a_block_record_and_the_unblock_deletes_that_record() {
            bluesky.follow("troll.bsky.social", "Troll");

            var reference =
                    adapter.block("@jgp-eagles.bsky.social", FakeBluesky.APP_PASSWORD, "@troll.bsky.social", null);

            assertThat(reference).startsWith("at://" + FakeBluesky.DID + "/app.bsky.graph.block/");
            assertThat(bluesky.requests("GET", "/xrpc/com.atproto.identity.resolveHandle"))
                    .hasSize(1);
            var created = bluesky.requests("POST", "/xrpc/com.atproto.repo.createRecord")
                    .getFirst()
                    .json();
            assertThat(created.path("collection").asString()).isEqualTo("app.bsky.graph.block");
            assertThat(created.path("record").path("subject").asString()).startsWith("did:plc:");
            assertThat(bluesky.blocked()).containsExactly("troll.bsky.social");

            assertThat(adapter.unblock(
                            "@jgp-eagles.bsky.social", FakeBluesky.APP_PASSWORD, "troll.bsky.social", null, reference))
                    .isTrue();
            assertThat(bluesky.blocked()).isEmpty();
            assertThat(bluesky.requests("GET", "/xrpc/app.bsky.graph.getBlocks"))
                    .as("the record was known")
                    .isEmpty();
            assertThat(bluesky.requests("POST", "/xrpc/com.atproto.repo.deleteRecord")
                            .getFirst()
                            .json()
                            .path("rkey")
                            .asString())
                    .isEqualTo(reference.substring(reference.lastIndexOf('/') + 1));
        }

        @Test
        void without_the_blocks_record_the_unblock_finds_it_among_the_accounts_blocked() {
            var troll = bluesky.follow("troll.bsky.social", "Troll");
            adapter.block("@jgp-eagles.bsky.social", FakeBluesky.APP_PASSWORD, "troll.bsky.social", troll.did());

            assertThat(adapter.unblock(
                            "@jgp-eagles.bsky.social",
                            FakeBluesky.APP_PASSWORD,
                            "troll.bsky.social",
                            troll.did(),
                            "Blocked on Bluesky."))
                    .isTrue();
            assertThat(bluesky.requests("GET", "/xrpc/app.bsky.graph.getBlocks"))
                    .hasSize(1);
            assertThat(bluesky.blocked()).isEmpty();
            assertThat(adapter.unblock(
                            "@jgp-eagles.bsky.social",
                            FakeBluesky.APP_PASSWORD,
                            "troll.bsky.social",
                            troll.did(),
                            null))
                    .as("nothing left to lift")
                    .isFalse();
        }

        @Test
        void a_server_that_takes_no_block_records_is_answered_as_not_offered() {
            var troll = bluesky.follow("troll.bsky.social", "Troll");
            bluesky.withoutBlocking();

            assertThatThrownBy(() -> adapter.block(
                            "@jgp-eagles.bsky.social", FakeBluesky.APP_PASSWORD, "troll.bsky.social", troll.did()))
                    .isInstanceOf(NotOffered.class);
        }

        @Test
        void refusals_say_whether_to_try_again_later_or_reconnect() {
            bluesky.follow("parent.bsky.social", "Parent");
            var reset = NOW.plusSeconds(120);
            bluesky.answerNextFollowerCallsWith(
                    Reply.asUsual(), FakeBluesky.badGateway(), FakeBluesky.rateLimited(reset));
            bluesky.pageMaximum(1);
            bluesky.follow("grandparent.bsky.social", "Grandparent");

            var first = adapter.followers("@jgp-eagles.bsky.social", FakeBluesky.APP_PASSWORD, null);
            var down = failureOf(
                    () -> adapter.followers("@jgp-eagles.bsky.social", FakeBluesky.APP_PASSWORD, first.next()));
            assertThat(down.permanent()).isFalse();
            assertThat(down.getMessage()).contains("HTTP 502");
            var limited = failureOf(() -> adapter.followers("@jgp-eagles.bsky.social", FakeBluesky.APP_PASSWORD, null));
            assertThat(limited.notBefore()).isEqualTo(reset);
            var wrong = failureOf(() -> adapter.followers("@jgp-eagles.bsky.social", "wrong-app-password", null));
            assertThat(wrong.permanent()).isTrue();
            assertThat(wrong.getMessage()).contains("HTTP 401").contains("Reconnect the account's credential");
        }
    }

    @Nested
    class OnX {

        final FakeX x = new FakeX();
        final XPublisher adapter = new XPublisher(x.baseUrl(), http("X"));

        @AfterEach
        void stop() {
            x.close();
        }

        @Test
        void followers_and_blocks_are_not_on_the_schools_tier_so_nothing_is_asked_of_x() {
            assertThatThrownBy(() -> adapter.followers("@JesseGrayPrimary", FakeX.TOKEN, null))
                    .isInstanceOf(NotOffered.class)
                    .hasMessageContaining("add followers by hand");
            assertThatThrownBy(() -> adapter.block("@JesseGrayPrimary", FakeX.TOKEN, "troll", null))
                    .isInstanceOf(NotOffered.class)
                    .hasMessageContaining("block the account in the X app");
            assertThatThrownBy(() -> adapter.unblock("@JesseGrayPrimary", FakeX.TOKEN, "troll", null, null))
                    .isInstanceOf(NotOffered.class)
                    .hasMessageContaining("unblock the account in the X app");
            assertThat(x.requests()).isEmpty();
        }
    }
}
