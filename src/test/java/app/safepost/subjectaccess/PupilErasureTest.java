package app.safepost.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.AccountKind;
import app.safepost.accounts.CredentialKind;
import app.safepost.accounts.HeldCredentials;
import app.safepost.accounts.Platform;
import app.safepost.accounts.SocialAccounts;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.DraftId;
import app.safepost.drafting.Drafts;
import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.media.TestPhotos;
import app.safepost.publishing.PlatformSwitch;
import app.safepost.publishing.PostToPublish;
import app.safepost.publishing.PublishedPhoto;
import app.safepost.publishing.Publishing;
import app.safepost.publishing.platforms.FakeMastodon;
import app.safepost.publishing.platforms.FakeX;
import app.safepost.testing.InSchool;
import app.safepost.testing.SecurityContextPerTestContext;
import app.safepost.testing.SeparateDatabase;
import app.safepost.testing.SignedIn;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Erasing a pupil's photos end to end: posts showing them, sent by the portal's own publishing job to
 * fake X and Mastodon servers on loopback, are deleted there through publishing's adapters; the photo
 * leaves every draft and the portal (record, stored image); only the fact stays in the audit trail.
 * A database of its own, as the accounts it connects to the fakes must reach no other test.
 */
@SpringBootTest
@ContextConfiguration(initializers = PupilErasureTest.Database.class)
@TestExecutionListeners(
        listeners = SecurityContextPerTestContext.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class PupilErasureTest {

    static final class Database extends SeparateDatabase {
        @Override
        protected String name() {
            return "pupil_erasure";
        }
    }

    /** Evie Fox is erased; Max Field's photo stays. */
    static final String EVIE = "J820300124017";

    static final String MAX = "J820300119123";

    static final FakeX x = new FakeX();
    static final FakeMastodon mastodon = new FakeMastodon();

    @DynamicPropertySource
    static void platforms(DynamicPropertyRegistry registry) {
        registry.add("safepost.publishing.x.base-url", x::baseUrl);
        registry.add("safepost.publishing.mastodon.base-url", mastodon::baseUrl);
    }

    @AfterAll
    static void stopPlatforms() {
        x.close();
        mastodon.close();
    }

    @Autowired
    SubjectAccess subjectAccess;

    @Autowired
    Publishing publishing;

    @Autowired
    Drafts drafts;

    @Autowired
    MediaLibrary media;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    HeldCredentials credentials;

    @Autowired
    PlatformSwitch platformSwitch;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @BeforeEach
    void signIn() {
        SignedIn.as(demoUsers, "head");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private AccountId liveAccount(Platform platform, String handle) {
        accounts.addIfMissing(handle, platform, AccountKind.CLASS, null);
        var account = accounts.accountWithHandle(handle).orElseThrow().id();
        credentials.connect(
                account, CredentialKind.OAUTH_TOKEN, platform == Platform.X ? FakeX.TOKEN : FakeMastodon.TOKEN);
        platformSwitch.switchTo(account, true);
        return account;
    }

    private UUID postedNow(AccountId account, String text, UUID photo, String upn) {
        var reference = UUID.randomUUID();
        publishing.schedule(new PostToPublish(
                reference,
                1,
                account,
                text,
                List.of(new PublishedPhoto(new MediaId(photo), "Children running")),
                List.of(upn),
                clock.instant(),
                "head",
                "deputy",
                null));
        return reference;
    }

    private long rows(String sql, Object... args) {
        return InSchool.jesseGray(jdbc, () -> jdbc.queryForObject(sql, Long.class, args));
    }

    @Test
    void erasing_takes_the_posts_down_on_the_platforms_deletes_the_photos_and_keeps_only_the_fact() {
        var onX = liveAccount(Platform.X, "@JGP_ErasureX");
        var onMastodon = liveAccount(Platform.MASTODON, "@JGP_ErasureMastodon");
        var wholeSchool =
                accounts.accountWithHandle("@JesseGrayPrimary").orElseThrow().id();
        var evies = media.intake("sports-day.jpg", TestPhotos.jpeg(64, 48)).id().value();
        var maxs = media.intake("chess.jpg", TestPhotos.jpeg(48, 64)).id().value();
        var hash = InSchool.jesseGray(
                jdbc, () -> jdbc.queryForObject("select content_sha256 from photo where id = ?", String.class, evies));
        var draft = drafts.create(
                wholeSchool,
                new DraftContent(
                        "Sports day was a joy.",
                        List.of(
                                new DraftContent.AttachedPhoto(evies, "Running"),
                                new DraftContent.AttachedPhoto(maxs, "Chess")),
                        List.of(
                                new DraftContent.PupilShown(EVIE, false, evies),
                                new DraftContent.PupilShown(MAX, false, maxs))));
        var toX = postedNow(onX, "Sports day on X.", evies, EVIE);
        var toMastodon = postedNow(onMastodon, "Sports day on Mastodon.", evies, EVIE);
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().untilAsserted(() -> {
            assertThat(publishing.find(toX).orElseThrow().status()).isEqualTo("published");
            assertThat(publishing.find(toMastodon).orElseThrow().status()).isEqualTo("published");
        });
        assertThat(x.tweets())
                .singleElement()
                .satisfies(t -> assertThat(t.deleted()).isFalse());
        assertThat(mastodon.statuses()).hasSize(1);

        assertThatThrownBy(() -> subjectAccess.erase(EVIE, "Evie"))
                .isInstanceOfSatisfying(
                        ErasureRefused.class, e -> assertThat(e.field()).isEqualTo("confirmation"));
        assertThat(publishing.find(toX).orElseThrow().status())
                .as("a wrong name changes nothing")
                .isEqualTo("published");
        assertThat(media.heldImage(new MediaId(evies))).isPresent();

        var done = subjectAccess.erase(EVIE, "  evie   FOX ");

        assertThat(done).isEqualTo(new ErasureDone(2, 1, 1));
        assertThat(x.tweets())
                .singleElement()
                .satisfies(t -> assertThat(t.deleted()).isTrue());
        assertThat(mastodon.statuses()).isEmpty();
        assertThat(publishing.find(toX).orElseThrow().status()).isEqualTo("taken-down");
        assertThat(publishing.find(toMastodon).orElseThrow().status()).isEqualTo("taken-down");
        assertThat(media.heldImage(new MediaId(evies))).isEmpty();
        assertThat(rows("select count(*) from photo where id = ?", evies)).isZero();
        assertThat(rows("select count(*) from media_content where sha256 = ?", hash))
                .isZero();
        assertThat(rows("select count(*) from photo_original where photo_id = ?", evies))
                .isZero();
        var left = drafts.find(new DraftId(draft.id().value())).orElseThrow().content();
        assertThat(left.photos())
                .extracting(DraftContent.AttachedPhoto::mediaId)
                .containsExactly(maxs);
        assertThat(left.pupilsShown()).extracting(DraftContent.PupilShown::upn).containsExactly(MAX);
        assertThat(media.heldImage(new MediaId(maxs)))
                .as("another pupil's photo stays")
                .isPresent();
        Map<String, Object> fact = InSchool.jesseGray(jdbc, () -> jdbc.queryForMap("""
                select a.posts_taken_down, a.photos_deleted, a.drafts_changed, a.erased_by, r.username
                from pupil_erasure_aud a join revision_info r on r.id = a.rev order by a.rev desc limit 1"""));
        assertThat(fact)
                .containsEntry("posts_taken_down", 2)
                .containsEntry("photos_deleted", 1)
                .containsEntry("drafts_changed", 1)
                .containsEntry("erased_by", "head")
                .containsEntry("username", "head");
    }
}
