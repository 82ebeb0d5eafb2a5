package app.safepost.publishing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.AccountKind;
import app.safepost.accounts.CredentialKind;
import app.safepost.accounts.HeldCredentials;
import app.safepost.accounts.Platform;
import app.safepost.accounts.SocialAccounts;
import app.safepost.approval.ReviewQueue;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.Drafts;
import app.safepost.media.MediaLibrary;
import app.safepost.media.PhotoCover;
import app.safepost.media.TestPhotos;
import app.safepost.notifications.Notices;
import app.safepost.publishing.PlatformSwitch;
import app.safepost.publishing.PostToPublish;
import app.safepost.publishing.PublishedPost;
import app.safepost.publishing.Publishing;
import app.safepost.publishing.platforms.Outgoing;
import app.safepost.publishing.platforms.Publisher;
import app.safepost.publishing.platforms.Publishers;
import app.safepost.publishing.platforms.Sent;
import app.safepost.testing.BlueskyClient;
import app.safepost.testing.BlueskyClient.Session;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostOnBlueskyTest;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestBluesky;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * From an approved draft to the Bluesky reference network and back, through the portal's own services
 * and its publishing job: the teacher writes and submits, the deputy head approves, the job sends it to
 * the class's account switched to Bluesky, and the post is read back from the PDS as published. Each
 * test has an account of its own on the network, so what it finds there is only its own.
 */
@SafepostOnBlueskyTest
class PublishingToBlueskyTest {

    static final Duration SENT = Duration.ofSeconds(30);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Drafts drafts;

    @Autowired
    ReviewQueue queue;

    @Autowired
    MediaLibrary media;

    @Autowired
    Publishing publishing;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    HeldCredentials credentials;

    @Autowired
    PlatformSwitch platformSwitch;

    @Autowired
    PublicationRepository publications;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Publishers publishers;

    @Autowired
    Notices notices;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    final BlueskyClient client = new BlueskyClient(TestBluesky.network().pds());
    Session onBluesky;
    AccountId account;

    @BeforeEach
    void aClassAccountOnBluesky() {
        onBluesky = client.newAccount("kestrels", "Kestrels class");
        SignedIn.as(demoUsers, "deputy");
        var kestrels = accounts.accountWithHandle("@JGP_Kestrels").orElseThrow();
        accounts.addIfMissing("@" + onBluesky.handle(), Platform.BLUESKY, AccountKind.CLASS, kestrels.owningClass());
        account = accounts.accountWithHandle("@" + onBluesky.handle())
                .orElseThrow()
                .id();
        credentials.connect(account, CredentialKind.APP_PASSWORD, client.appPassword(onBluesky, "Safepost"));
        platformSwitch.switchTo(account, true);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void an_approved_post_with_links_tags_a_mention_and_two_covered_photos_is_on_the_pds_as_approved() {
        var parent = TestBluesky.network().followers().getFirst();
        var text = "Kestrels' café trip 🦕🎨 voilà! Photos: https://jessegray.example/trips/museum?day=1. "
                + "#MuseumDay #Année5 Thank you @" + parent.handle();
        SignedIn.as(demoUsers, "teacher");
        var first = media.intake(
                "IMG_0201.JPG", TestPhotos.withExif(TestPhotos.jpeg(320, 240), TestPhotos.Exif.ipad("DMPX1002JGP2")));
        var second = media.intake(
                "IMG_0202.JPG", TestPhotos.withExif(TestPhotos.jpeg(160, 200), TestPhotos.Exif.ipad("DMPX1002JGP2")));
        media.cover(first.id(), List.of(PhotoCover.pixelate(20, 20, 80, 80, null)));
        var draft = drafts.create(
                account,
                new DraftContent(
                        text,
                        List.of(
                                new DraftContent.AttachedPhoto(
                                        first.id().value(), "Dinosaur skeleton, one face pixelated", Map.of(), true),
                                new DraftContent.AttachedPhoto(
                                        second.id().value(), "Paint pots on a table", Map.of(), true)),
                        List.of()));
        var submitted = drafts.submit(draft.id(), draft.version(), "Checked with the office.");
        SignedIn.as(demoUsers, "deputy");
        queue.approve(submitted.id(), submitted.version(), null, null);

        var published = published(submitted.id().value());
        assertThat(published.url())
                .isEqualTo("https://bsky.app/profile/" + onBluesky.handle() + "/post/"
                        + published
                                .platformPostId()
                                .substring(published.platformPostId().lastIndexOf('/') + 1));
        var value = client.record(published.platformPostId()).orFail().path("value");
        assertThat(value.path("text").asString()).isEqualTo(text);
        assertThat(value.path("langs").toString()).isEqualTo("[\"en-GB\"]");
        assertThat(value.path("facets"))
                .extracting(f -> marked(text, f) + " "
                        + f.path("features").path(0).path("$type").asString().replace("app.bsky.richtext.facet", ""))
                .containsExactly(
                        "https://jessegray.example/trips/museum?day=1 #link",
                        "#MuseumDay #tag",
                        "#Année5 #tag",
                        "@" + parent.handle() + " #mention");
        assertThat(value.path("facets")
                        .path(3)
                        .path("features")
                        .path(0)
                        .path("did")
                        .asString())
                .isEqualTo(parent.did());
        var images = value.path("embed").path("images");
        assertThat(images)
                .extracting(i -> i.path("alt").asString())
                .containsExactly("Dinosaur skeleton, one face pixelated", "Paint pots on a table");
        assertThat(blob(images.path(0)))
                .as("the photo as published, its cover burned in")
                .isEqualTo(media.publishedImage(first.id()))
                .isNotEqualTo(media.preview(first.id(), List.of()));
        assertThat(blob(images.path(1))).isEqualTo(media.publishedImage(second.id()));
        assertThat(client.postTexts(onBluesky.did())).containsExactly(text);

        var takenDown = publishing.takeDown(submitted.id().value(), "A parent asked us to take it down");
        assertThat(takenDown.status()).isEqualTo("taken-down");
        assertThat(client.record(published.platformPostId()).error()).isEqualTo("RecordNotFound");
        assertThat(client.postTexts(onBluesky.did())).isEmpty();
    }

    @Test
    void a_post_made_before_the_portal_died_is_found_on_the_pds_and_not_posted_twice() {
        // Decades ahead, so the portal's own publishing job leaves the entry to the schedulers made here.
        var at = Instant.now().plus(Duration.ofDays(365L * 45)).truncatedTo(ChronoUnit.SECONDS);
        var reference = UUID.randomUUID();
        publishing.schedule(new PostToPublish(
                reference,
                1,
                account,
                "Kestrels' science week starts today.",
                List.of(),
                List.of(),
                at.minusSeconds(1),
                "teacher",
                "deputy",
                null));

        assertThatThrownBy(() -> run(new DiesAfterSending(this, at))).isInstanceOf(PortalDied.class);
        assertThat(client.postTexts(onBluesky.did()))
                .as("Bluesky has it; the portal never recorded it")
                .containsExactly("Kestrels' science week starts today.");
        assertThat(publications.findByReference(reference).orElseThrow().getStatus())
                .isEqualTo(PublicationStatus.SENDING);
        run(scheduler("taking-over", at.plus(Duration.ofMinutes(10)).plusSeconds(1)));

        var entry = publications.findByReference(reference).orElseThrow();
        assertThat(entry.getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(entry.getPlatformPostId())
                .isEqualTo("at://" + onBluesky.did() + "/app.bsky.feed.post/" + entry.getRecordKey());
        assertThat(client.postTexts(onBluesky.did())).containsExactly("Kestrels' science week starts today.");
    }

    @Test
    void a_revoked_app_password_fails_the_post_once_and_for_good_and_slt_are_told() {
        credentials.rotate(account, client.appPassword(onBluesky, "Revoked at once"));
        client.revokeAppPassword(onBluesky, "Revoked at once");
        SignedIn.as(demoUsers, "teacher");
        var draft = drafts.create(account, DraftContent.text("Kestrels' library visit is on Thursday."));
        var submitted = drafts.submit(draft.id(), draft.version(), "Checked with the office.");
        SignedIn.as(demoUsers, "deputy");
        queue.approve(submitted.id(), submitted.version(), null, null);

        await().pollInSameThread()
                .atMost(SENT)
                .until(
                        () -> publishing
                                .find(submitted.id().value())
                                .orElseThrow()
                                .status(),
                        "failed"::equals);
        var failed = publishing.find(submitted.id().value()).orElseThrow();
        assertThat(failed.failure())
                .contains("HTTP 401")
                .contains("Invalid identifier or password")
                .contains("Reconnect the account's credential");
        assertThat(publications
                        .findByReference(submitted.id().value())
                        .orElseThrow()
                        .getAttempts())
                .isEqualTo(1);
        assertThat(notices.mine())
                .anySatisfy(n -> assertThat(n.subject())
                        .isEqualTo("A post to @" + onBluesky.handle() + " could not be published"));
        assertThat(client.postTexts(onBluesky.did())).isEmpty();
    }

    private PublishedPost published(UUID reference) {
        await().pollInSameThread()
                .atMost(SENT)
                .until(() -> publishing.find(reference).orElseThrow().status(), "published"::equals);
        return publishing.find(reference).orElseThrow();
    }

    private byte[] blob(JsonNode image) {
        return client.blob(
                        onBluesky.did(),
                        image.path("image").path("ref").path("$link").asString())
                .bytes();
    }

    private static String marked(String text, JsonNode facet) {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        return new String(
                Arrays.copyOfRange(
                        bytes,
                        facet.path("index").path("byteStart").asInt(),
                        facet.path("index").path("byteEnd").asInt()),
                StandardCharsets.UTF_8);
    }

    private PublishingScheduler scheduler(String name, Instant at) {
        var fixed = Clock.fixed(at, ZoneOffset.UTC);
        return new PublishingScheduler(
                publications,
                transaction,
                publishers,
                platformSwitch,
                credentials,
                media,
                notices,
                events,
                fixed,
                new PublishingScheduler.Settings(name, Duration.ofMinutes(10), 5, 4, Duration.ofSeconds(30)));
    }

    private int run(PublishingScheduler scheduler) {
        return InSchool.jesseGray(jdbc, scheduler::runDue);
    }

    /** A portal instance that dies right after Bluesky accepted the post, before recording it. */
    static final class DiesAfterSending extends PublishingScheduler {

        DiesAfterSending(PublishingToBlueskyTest test, Instant at) {
            super(
                    test.publications,
                    test.transaction,
                    test.publishers,
                    test.platformSwitch,
                    test.credentials,
                    test.media,
                    test.notices,
                    test.events,
                    Clock.fixed(at, ZoneOffset.UTC),
                    new Settings("dying", Duration.ofMinutes(10), 5, 4, Duration.ofSeconds(30)));
        }

        @Override
        protected Sent send(Publisher publisher, Outgoing outgoing, String secret) {
            super.send(publisher, outgoing, secret);
            throw new PortalDied();
        }
    }

    static final class PortalDied extends Error {}
}
