package app.safepost.publishing.platforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.Platform;
import app.safepost.media.TestPhotos;
import app.safepost.publishing.domain.RecordKeys;
import app.safepost.testing.BlueskyClient;
import app.safepost.testing.TestBluesky;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Bluesky adapter against the reference network (a real PDS and AppView on loopback, started once
 * per test run by {@link TestBluesky}): what it sends is what the PDS keeps, read back record by
 * record and blob by blob; what the AppView reports of follows and blocks is what the adapter reads.
 */
class BlueskyNetworkTest {

    static final TestBluesky.Network NETWORK = TestBluesky.network();
    static final Duration INDEXED = Duration.ofSeconds(20);

    final BlueskyClient client = new BlueskyClient(NETWORK.pds());
    final BlueskyPublisher publisher = publisher();

    static BlueskyPublisher publisher() {
        return new BlueskyPublisher(
                NETWORK.pds(),
                new PlatformHttp("Bluesky", Duration.ofSeconds(5), Duration.ofSeconds(30), Clock.systemUTC()));
    }

    static Outgoing post(String handle, String text, Outgoing.Photo... photos) {
        var now = Instant.now();
        return new Outgoing(
                UUID.randomUUID().toString(),
                RecordKeys.tid(now),
                new AccountId(UUID.randomUUID()),
                Platform.BLUESKY,
                "@" + handle,
                text,
                List.of(photos),
                now);
    }

    static Outgoing post(String text, Outgoing.Photo... photos) {
        return post(NETWORK.school().handle(), text, photos);
    }

    /** The part of the text a facet marks, cut from its UTF-8 bytes. */
    static String marked(String text, JsonNode facet) {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        return new String(
                Arrays.copyOfRange(
                        bytes,
                        facet.path("index").path("byteStart").asInt(),
                        facet.path("index").path("byteEnd").asInt()),
                StandardCharsets.UTF_8);
    }

    @Test
    void links_hashtags_and_a_mention_after_emoji_and_accents_are_facets_at_their_utf8_byte_offsets() {
        var amara = NETWORK.followers().getFirst();
        var text = "Élodie's class 🦕🎨 visited the café! Photos: https://jessegray.example/trips/museum?day=1. "
                + "#MuseumDay #Année5 Thank you @" + amara.handle() + " (see jessegrayprimary.org.uk)";
        var sent = publisher.publish(post(text), NETWORK.appPassword());

        var value = client.record(sent.postId()).orFail().path("value");
        assertThat(value.path("text").asString()).isEqualTo(text);
        var facets = value.path("facets");
        assertThat(facets).hasSize(5);
        assertThat(facets)
                .extracting(f -> marked(text, f))
                .containsExactly(
                        "https://jessegray.example/trips/museum?day=1",
                        "#MuseumDay",
                        "#Année5",
                        "@" + amara.handle(),
                        "jessegrayprimary.org.uk");
        assertThat(facets)
                .extracting(f -> f.path("features").path(0))
                .containsExactly(
                        feature("link", "uri", "https://jessegray.example/trips/museum?day=1"),
                        feature("tag", "tag", "MuseumDay"),
                        feature("tag", "tag", "Année5"),
                        feature("mention", "did", amara.did()),
                        feature("link", "uri", "https://jessegrayprimary.org.uk"));
        assertThat(facets.path(0).path("index").path("byteStart").asInt())
                .as("the emoji and accents before the link take more bytes than UTF-16 units")
                .isGreaterThan(text.indexOf("https://"));
    }

    static JsonNode feature(String kind, String field, String value) {
        return BlueskyClient.JSON
                .createObjectNode()
                .put("$type", "app.bsky.richtext.facet#" + kind)
                .put(field, value);
    }

    @Test
    void two_photos_are_uploaded_as_blobs_and_the_post_keeps_them_with_their_alt_text_byte_for_byte() {
        var jpeg = TestPhotos.jpeg(320, 240);
        var png = TestPhotos.png(TestPhotos.quadrants(120, 160));
        var sent = publisher.publish(
                post(
                        "Our art display",
                        new Outgoing.Photo(jpeg, "image/jpeg", "Paintings on the wall"),
                        new Outgoing.Photo(png, "image/png", "A clay pot, blue and red")),
                NETWORK.appPassword());

        var embed = client.record(sent.postId()).orFail().path("value").path("embed");
        assertThat(embed.path("$type").asString()).isEqualTo("app.bsky.embed.images");
        var images = embed.path("images");
        assertThat(images)
                .extracting(i -> i.path("alt").asString())
                .containsExactly("Paintings on the wall", "A clay pot, blue and red");
        assertThat(images)
                .extracting(i -> i.path("image").path("mimeType").asString())
                .containsExactly("image/jpeg", "image/png");
        assertThat(images)
                .extracting(i -> i.path("aspectRatio").path("width").asInt() + "x"
                        + i.path("aspectRatio").path("height").asInt())
                .containsExactly("320x240", "120x160");
        assertThat(blob(images.path(0))).isEqualTo(jpeg);
        assertThat(blob(images.path(1))).isEqualTo(png);
    }

    @Test
    void a_photo_over_the_lexicon_s_two_million_bytes_is_made_to_fit() {
        var large = TestPhotos.png(TestPhotos.detailed(1000, 800));
        assertThat(large.length).isGreaterThan(BlueskyImages.MOST_BYTES);
        var sent = publisher.publish(
                post("Sports day", new Outgoing.Photo(large, "image/png", "The track")), NETWORK.appPassword());

        var image = client.record(sent.postId())
                .orFail()
                .path("value")
                .path("embed")
                .path("images")
                .path(0);
        assertThat(image.path("image").path("mimeType").asString()).isEqualTo("image/jpeg");
        assertThat(image.path("image").path("size").asInt()).isLessThanOrEqualTo(BlueskyImages.MOST_BYTES);
        assertThat(blob(image)).hasSizeLessThanOrEqualTo(BlueskyImages.MOST_BYTES);
    }

    private byte[] blob(JsonNode image) {
        var answer = client.blob(
                NETWORK.school().did(),
                image.path("image").path("ref").path("$link").asString());
        assertThat(answer.status()).isEqualTo(200);
        return answer.bytes();
    }

    @Test
    void a_post_created_before_the_portal_died_is_found_by_its_record_key_and_its_key_cannot_post_twice() {
        var outgoing = post("Harvest festival donations, thank you!");
        assertThat(publisher.find(outgoing, NETWORK.appPassword())).isEmpty();
        var sent = publisher.publish(outgoing, NETWORK.appPassword());

        assertThat(publisher().find(outgoing, NETWORK.appPassword())).contains(sent);
        var again = catchFailure(() -> publisher.publish(outgoing, NETWORK.appPassword()));
        assertThat(again.status())
                .as("the PDS fails on a record key in use, so the scheduler looks before it tries again")
                .isEqualTo(500);
        assertThat(again.permanent()).isFalse();
        var listed = client.get(
                        null,
                        "com.atproto.repo.listRecords",
                        Map.of("repo", NETWORK.school().did(), "collection", "app.bsky.feed.post", "limit", "100"))
                .orFail();
        assertThat(listed.path("records"))
                .filteredOn(
                        r -> r.path("value").path("text").asString().equals("Harvest festival donations, thank you!"))
                .hasSize(1);
    }

    @Test
    void a_takedown_deletes_the_record_and_a_record_already_gone_counts_as_deleted() {
        var outgoing = post("Going soon");
        var sent = publisher.publish(outgoing, NETWORK.appPassword());
        publisher.delete(outgoing, sent.postId(), NETWORK.appPassword());

        var gone = client.record(sent.postId());
        assertThat(gone.status()).isEqualTo(400);
        assertThat(gone.error()).isEqualTo("RecordNotFound");
        publisher.delete(outgoing, sent.postId(), NETWORK.appPassword());
        assertThat(publisher.find(outgoing, NETWORK.appPassword())).isEmpty();
    }

    @Test
    void a_revoked_app_password_is_a_credential_failure_once_the_session_signed_in_with_it_is_not_reused() {
        var owner = client.signIn(NETWORK.school().handle(), NETWORK.school().password());
        var name = "Safepost " + UUID.randomUUID().toString().substring(0, 8);
        var appPassword = client.post(
                        owner,
                        "com.atproto.server.createAppPassword",
                        BlueskyClient.JSON.createObjectNode().put("name", name))
                .orFail()
                .path("password")
                .asString();
        var clock = new MovableClock(Instant.now());
        var publisher = new BlueskyPublisher(
                NETWORK.pds(), new PlatformHttp("Bluesky", Duration.ofSeconds(5), Duration.ofSeconds(30), clock));
        publisher.publish(post("Before the password was revoked"), appPassword);

        client.post(
                        owner,
                        "com.atproto.server.revokeAppPassword",
                        BlueskyClient.JSON.createObjectNode().put("name", name))
                .orFail();
        publisher.publish(post("Minutes after: the PDS still honours the session"), appPassword);
        clock.advance(BlueskyPublisher.SESSION_REUSE.plusMinutes(1));
        var refused = catchFailure(() -> publisher.publish(post("After the password was revoked"), appPassword));

        assertThat(refused.permanent()).isTrue();
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.getMessage())
                .contains("Invalid identifier or password")
                .contains("Reconnect");
    }

    /** A clock the test moves on. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void the_followers_the_app_view_lists_include_a_new_follower_and_drop_one_who_left() {
        var school = NETWORK.school();
        var page = publisher.followers(school.handle(), NETWORK.appPassword(), null);
        assertThat(page.followers())
                .extracting(f -> f.handle())
                .containsAll(NETWORK.followers().stream()
                        .map(TestBluesky.Account::handle)
                        .toList());

        var newcomer = client.newAccount("newcomer", "New parent");
        var follow = client.follow(newcomer, school.did());
        await().atMost(INDEXED)
                .untilAsserted(() -> assertThat(publisher
                                .followers(school.handle(), NETWORK.appPassword(), null)
                                .followers())
                        .anySatisfy(f -> {
                            assertThat(f.platformId()).isEqualTo(newcomer.did());
                            assertThat(f.handle()).isEqualTo(newcomer.handle());
                            assertThat(f.displayName()).isEqualTo("New parent");
                        }));
        client.deleteRecord(newcomer, follow);
        await().atMost(INDEXED)
                .untilAsserted(() -> assertThat(publisher
                                .followers(school.handle(), NETWORK.appPassword(), null)
                                .followers())
                        .noneSatisfy(f -> assertThat(f.platformId()).isEqualTo(newcomer.did())));
    }

    @Test
    void a_block_is_a_record_the_app_view_reports_and_unblocking_deletes_it() {
        var school = NETWORK.school();
        var rude = client.newAccount("rude", "Rude");
        client.follow(rude, school.did());

        var reference = publisher.block(school.handle(), NETWORK.appPassword(), "@" + rude.handle(), null);

        assertThat(reference).startsWith("at://" + school.did() + "/app.bsky.graph.block/");
        assertThat(client.record(reference)
                        .orFail()
                        .path("value")
                        .path("subject")
                        .asString())
                .isEqualTo(rude.did());
        await().atMost(INDEXED).untilAsserted(() -> assertThat(blocked()).contains(rude.did()));
        assertThat(publisher.unblock(school.handle(), NETWORK.appPassword(), "@" + rude.handle(), rude.did(), null))
                .as("found through getBlocks without the reference")
                .isTrue();
        await().atMost(INDEXED).untilAsserted(() -> assertThat(blocked()).doesNotContain(rude.did()));
        assertThat(client.record(reference).error()).isEqualTo("RecordNotFound");
        assertThat(publisher.unblock(school.handle(), NETWORK.appPassword(), "@" + rude.handle(), rude.did(), null))
                .as("nothing left to lift")
                .isFalse();
    }

    private List<String> blocked() {
        var owner = client.signIn(NETWORK.school().handle(), NETWORK.appPassword());
        var blocks = client.get(owner, "app.bsky.graph.getBlocks", Map.of("limit", "100"))
                .orFail();
        var dids = new ArrayList<String>();
        blocks.path("blocks").forEach(b -> dids.add(b.path("did").asString()));
        return dids;
    }

    static PublishFailure catchFailure(Runnable call) {
        try {
            call.run();
        } catch (PublishFailure failure) {
            return failure;
        }
        throw new AssertionError("expected a PublishFailure");
    }
}
