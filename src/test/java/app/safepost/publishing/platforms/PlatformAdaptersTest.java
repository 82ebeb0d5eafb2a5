package app.safepost.publishing.platforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.Platform;
import app.safepost.publishing.domain.RecordKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each adapter against a fake of its platform that speaks the platform's request and response shapes:
 * what it sends, how it finds a post an earlier attempt made, and how it reads refusals (429 with the
 * platform's reset header, 5xx, a time-out: try again; 401 and invalid posts: stop).
 */
class PlatformAdaptersTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 1, 2, 3, 4};

    static PlatformHttp http(String name) {
        return new PlatformHttp(name, Duration.ofSeconds(2), Duration.ofMillis(1500), CLOCK);
    }

    static Outgoing post(Platform platform, String handle, String text, Outgoing.Photo... photos) {
        return new Outgoing(
                UUID.randomUUID().toString(),
                RecordKeys.tid(NOW),
                new AccountId(UUID.randomUUID()),
                platform,
                handle,
                text,
                List.of(photos),
                NOW.minusSeconds(5));
    }

    static Outgoing.Photo photo(String alt) {
        return new Outgoing.Photo(JPEG, "image/jpeg", alt);
    }

    static PublishFailure failureOf(Runnable call) {
        try {
            call.run();
        } catch (PublishFailure failure) {
            return failure;
        }
        throw new AssertionError("expected a PublishFailure");
    }

    @Nested
    class ToX {

        final FakeX x = new FakeX();
        final XPublisher publisher = new XPublisher(x.baseUrl(), http("X"));

        @AfterEach
        void stop() {
            x.close();
        }

        @Test
        void a_post_with_a_photo_goes_out_with_its_alt_text_and_comes_back_with_its_address() {
            var sent = publisher.publish(
                    post(Platform.X, "@JGP_Eagles", "Eagles won the quiz!", photo("Children holding a cup")),
                    FakeX.TOKEN);

            assertThat(x.tweets()).singleElement().satisfies(t -> {
                assertThat(t.id()).isEqualTo(sent.postId());
                assertThat(t.mediaIds()).hasSize(1);
                assertThat(x.altTextOf(t.mediaIds().getFirst())).isEqualTo("Children holding a cup");
            });
            assertThat(sent.url()).isEqualTo("https://x.com/JGP_Eagles/status/" + sent.postId());
            assertThat(x.requests("POST", "/2/media/upload").getFirst().parts())
                    .containsKeys("media", "media_category");
        }

        @Test
        void a_post_already_made_is_found_by_its_text_even_with_the_link_x_added() {
            var outgoing = post(Platform.X, "@JGP_Eagles", "Sports day at 2pm.", photo("Track"));
            assertThat(publisher.find(outgoing, FakeX.TOKEN)).isEmpty();
            var sent = publisher.publish(outgoing, FakeX.TOKEN);

            assertThat(publisher.find(outgoing, FakeX.TOKEN)).contains(sent);
            assertThat(publisher.find(post(Platform.X, "@JGP_Eagles", "Another post."), FakeX.TOKEN))
                    .isEmpty();
        }

        @Test
        void rate_limited_waits_for_xs_reset_time() {
            var reset = NOW.plusSeconds(900);
            x.answerNextPostsWith(FakeX.rateLimited(reset));
            var failure = failureOf(() -> publisher.publish(post(Platform.X, "@JGP_Eagles", "Hello"), FakeX.TOKEN));

            assertThat(failure.permanent()).isFalse();
            assertThat(failure.status()).isEqualTo(429);
            assertThat(failure.notBefore()).isEqualTo(reset);
            assertThat(x.tweets()).isEmpty();
        }

        @Test
        void server_errors_and_time_outs_are_tried_again_later() {
            x.answerNextPostsWith(
                    FakeX.unavailable(), FakePlatform.Reply.json(201, "{}").after(Duration.ofSeconds(3)));
            assertThat(failureOf(() -> publisher.publish(post(Platform.X, "@JGP_Eagles", "One"), FakeX.TOKEN)))
                    .satisfies(f -> assertThat(f.permanent()).isFalse())
                    .satisfies(f -> assertThat(f.status()).isEqualTo(503));
            assertThat(failureOf(() -> publisher.publish(post(Platform.X, "@JGP_Eagles", "Two"), FakeX.TOKEN)))
                    .satisfies(f -> assertThat(f.permanent()).isFalse())
                    .satisfies(f -> assertThat(f.getMessage()).contains("did not answer in time"));
        }

        @Test
        void a_refused_token_or_an_invalid_post_stops_for_good() {
            var unauthorised = failureOf(() -> publisher.publish(post(Platform.X, "@JGP_Eagles", "Hi"), "old-token"));
            assertThat(unauthorised.permanent()).isTrue();
            assertThat(unauthorised.getMessage()).contains("401").contains("Reconnect");

            var tooLong =
                    failureOf(() -> publisher.publish(post(Platform.X, "@JGP_Eagles", "a".repeat(281)), FakeX.TOKEN));
            assertThat(tooLong.permanent()).isTrue();
            assertThat(tooLong.getMessage()).contains("One or more parameters");
        }

        @Test
        void a_plan_without_the_timeline_could_not_check_rather_than_a_broken_credential() {
            x.timelineNotOnPlan();
            var outgoing = post(Platform.X, "@JGP_Eagles", "Did this reach X?");
            publisher.publish(outgoing, FakeX.TOKEN);

            assertThatThrownBy(() -> publisher.find(outgoing, FakeX.TOKEN))
                    .isInstanceOfSatisfying(
                            CouldNotCheck.class,
                            e -> assertThat(e.getMessage())
                                    .contains("client-not-enrolled")
                                    .contains("could not check")
                                    .doesNotContain("Reconnect"));
            // A token X no longer takes is still a broken credential, whatever the plan.
            var refused = failureOf(() -> publisher.find(outgoing, "old-token"));
            assertThat(refused.permanent()).isTrue();
            assertThat(refused.getMessage()).contains("401").contains("Reconnect");
        }

        @Test
        void a_takedown_deletes_the_post_and_a_post_already_gone_counts_as_deleted() {
            var outgoing = post(Platform.X, "@JGP_Eagles", "To be taken down");
            var sent = publisher.publish(outgoing, FakeX.TOKEN);
            publisher.delete(outgoing, sent.postId(), FakeX.TOKEN);
            publisher.delete(outgoing, "999", FakeX.TOKEN);

            assertThat(x.tweets())
                    .singleElement()
                    .satisfies(t -> assertThat(t.deleted()).isTrue());
        }
    }

    @Nested
    class ToBluesky {

        final FakeBluesky bluesky = new FakeBluesky();
        final BlueskyPublisher publisher = new BlueskyPublisher(bluesky.baseUrl(), http("Bluesky"));

        @AfterEach
        void stop() {
            bluesky.close();
        }

        @Test
        void a_post_with_a_photo_is_a_record_under_its_fixed_key_with_the_images_alt_text() {
            var outgoing = post(
                    Platform.BLUESKY, "@jgpeagles.bsky.social", "Eagles at the museum", photo("A dinosaur skeleton"));
            var sent = publisher.publish(outgoing, FakeBluesky.APP_PASSWORD);

            assertThat(sent.postId())
                    .isEqualTo("at://" + FakeBluesky.DID + "/app.bsky.feed.post/" + outgoing.recordKey());
            assertThat(sent.url())
                    .isEqualTo("https://bsky.app/profile/jgpeagles.bsky.social/post/" + outgoing.recordKey());
            assertThat(bluesky.posts()).singleElement().satisfies(record -> {
                assertThat(record.path("$type").asString()).isEqualTo("app.bsky.feed.post");
                assertThat(record.path("text").asString()).isEqualTo("Eagles at the museum");
                var image = record.path("embed").path("images").path(0);
                assertThat(image.path("alt").asString()).isEqualTo("A dinosaur skeleton");
                assertThat(image.path("image").path("ref").path("$link").asString())
                        .startsWith("bafkrei");
            });
            var login = bluesky.requests("POST", "/xrpc/com.atproto.server.createSession")
                    .getFirst()
                    .json();
            assertThat(login.path("identifier").asString()).isEqualTo("jgpeagles.bsky.social");
        }

        @Test
        void
                whether_a_post_is_there_is_one_look_up_of_its_record_key_and_a_second_create_under_it_makes_no_second_post() {
            var outgoing = post(Platform.BLUESKY, "@jgpeagles.bsky.social", "Harvest festival");
            assertThat(publisher.find(outgoing, FakeBluesky.APP_PASSWORD)).isEmpty();
            var sent = publisher.publish(outgoing, FakeBluesky.APP_PASSWORD);

            assertThat(publisher.find(outgoing, FakeBluesky.APP_PASSWORD)).contains(sent);
            // As the reference network does, the PDS fails (500) on a key in use: the retry looks first.
            assertThat(failureOf(() -> publisher.publish(outgoing, FakeBluesky.APP_PASSWORD))
                            .status())
                    .isEqualTo(500);
            assertThat(bluesky.posts()).hasSize(1);
            assertThat(bluesky.sessionsCreated()).as("the session is reused").isEqualTo(1);
        }

        @Test
        void rate_limits_and_upstream_failures_are_transient_and_a_wrong_app_password_is_not() {
            var reset = NOW.plusSeconds(300);
            bluesky.answerNextPostsWith(FakeBluesky.rateLimited(reset), FakeBluesky.badGateway());
            var limited = failureOf(
                    () -> publisher.publish(post(Platform.BLUESKY, "@jgp.bsky.social", "A"), FakeBluesky.APP_PASSWORD));
            assertThat(limited.permanent()).isFalse();
            assertThat(limited.notBefore()).isEqualTo(reset);
            assertThat(failureOf(() -> publisher.publish(
                                    post(Platform.BLUESKY, "@jgp.bsky.social", "B"), FakeBluesky.APP_PASSWORD))
                            .permanent())
                    .isFalse();

            var wrong = failureOf(() -> publisher.publish(post(Platform.BLUESKY, "@other.bsky.social", "C"), "wrong"));
            assertThat(wrong.permanent()).isTrue();
            assertThat(wrong.getMessage()).contains("Invalid identifier or password");
        }

        @Test
        void a_rate_limit_whose_reset_headers_do_not_parse_is_transient_and_leaves_the_back_off_to_the_scheduler() {
            var unreadable = FakeBluesky.rateLimited(NOW.plusSeconds(300))
                    .withHeaders(Map.of("ratelimit-reset", "soon", "retry-after", "after lunch"));
            bluesky.answerNextPostsWith(unreadable);

            var limited = failureOf(
                    () -> publisher.publish(post(Platform.BLUESKY, "@jgp.bsky.social", "A"), FakeBluesky.APP_PASSWORD));

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.permanent()).isFalse();
            assertThat(limited.notBefore()).isNull();
        }

        @Test
        void a_takedown_deletes_the_record() {
            var outgoing = post(Platform.BLUESKY, "@jgpeagles.bsky.social", "Going");
            var sent = publisher.publish(outgoing, FakeBluesky.APP_PASSWORD);
            publisher.delete(outgoing, sent.postId(), FakeBluesky.APP_PASSWORD);

            assertThat(bluesky.posts()).isEmpty();
        }
    }

    @Nested
    class ToMastodon {

        final FakeMastodon mastodon = new FakeMastodon();
        final MastodonPublisher publisher = new MastodonPublisher(mastodon.baseUrl(), http("Mastodon"));

        @AfterEach
        void stop() {
            mastodon.close();
        }

        @Test
        void a_post_with_a_photo_carries_its_description_and_the_idempotency_key() {
            var outgoing = post(
                    Platform.MASTODON,
                    "@JGP_Eagles@mastodon.example",
                    "Eagles & friends <3",
                    photo("Pupils planting trees"));
            var sent = publisher.publish(outgoing, FakeMastodon.TOKEN);

            assertThat(sent.url()).isEqualTo("https://mastodon.example/@JGP_Eagles/" + sent.postId());
            assertThat(mastodon.statuses())
                    .singleElement()
                    .satisfies(status -> assertThat(status.path("media_attachments")
                                    .path(0)
                                    .path("description")
                                    .asString())
                            .isEqualTo("Pupils planting trees"));
            assertThat(mastodon.requests("POST", "/api/v1/statuses").getFirst().header("idempotency-key"))
                    .isEqualTo(outgoing.idempotencyKey());
        }

        @Test
        void sending_again_with_the_same_key_returns_the_first_status_and_the_text_finds_it() {
            var outgoing = post(Platform.MASTODON, "@JGP_Eagles@mastodon.example", "Line one\n\nLine <two> & more");
            mastodon.setNow(NOW);
            assertThat(publisher.find(outgoing, FakeMastodon.TOKEN)).isEmpty();
            var first = publisher.publish(outgoing, FakeMastodon.TOKEN);
            var again = publisher.publish(outgoing, FakeMastodon.TOKEN);

            assertThat(again).isEqualTo(first);
            assertThat(mastodon.statuses()).hasSize(1);
            assertThat(publisher.find(outgoing, FakeMastodon.TOKEN)).contains(first);
        }

        @Test
        void rate_limits_wait_for_the_reset_time_server_errors_retry_validation_stops() {
            var reset = NOW.plusSeconds(120);
            mastodon.answerNextPostsWith(FakeMastodon.rateLimited(reset), FakeMastodon.serverError());
            var limited = failureOf(() -> publisher.publish(post(Platform.MASTODON, "@a@b", "A"), FakeMastodon.TOKEN));
            assertThat(limited.permanent()).isFalse();
            assertThat(limited.notBefore()).isEqualTo(reset);
            assertThat(failureOf(() -> publisher.publish(post(Platform.MASTODON, "@a@b", "B"), FakeMastodon.TOKEN))
                            .permanent())
                    .isFalse();

            var tooLong = failureOf(
                    () -> publisher.publish(post(Platform.MASTODON, "@a@b", "x".repeat(501)), FakeMastodon.TOKEN));
            assertThat(tooLong.permanent()).isTrue();
            assertThat(tooLong.getMessage()).contains("character limit");
            assertThat(failureOf(() -> publisher.publish(post(Platform.MASTODON, "@a@b", "C"), "revoked"))
                            .permanent())
                    .isTrue();
        }

        @Test
        void a_takedown_deletes_the_status() {
            var outgoing = post(Platform.MASTODON, "@a@b", "Going");
            var sent = publisher.publish(outgoing, FakeMastodon.TOKEN);
            publisher.delete(outgoing, sent.postId(), FakeMastodon.TOKEN);
            publisher.delete(outgoing, sent.postId(), FakeMastodon.TOKEN);

            assertThat(mastodon.statuses()).isEmpty();
        }
    }

    @Test
    void record_keys_are_timestamp_ids() {
        assertThat(RecordKeys.tid(NOW)).matches("[234567a-z]{13}");
        assertThat(RecordKeys.tid(NOW)).isNotEqualTo(RecordKeys.tid(NOW.plusMillis(1)));
    }
}
