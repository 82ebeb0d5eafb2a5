package app.safepost.approval.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.SocialAccounts;
import app.safepost.approval.ReviewQueue;
import app.safepost.common.SchoolTime;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.DraftDetails;
import app.safepost.drafting.DraftStatus;
import app.safepost.drafting.Drafts;
import app.safepost.media.MediaLibrary;
import app.safepost.media.TestPhotos;
import app.safepost.testing.Chromium;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import app.safepost.testing.SignedIn;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The deputy head opens a submitted post on Review posts and sends it back with a comment, by keyboard alone. */
@SafepostServerTest
class ReviewJourneyTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Drafts drafts;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @Autowired
    MediaLibrary media;

    @Autowired
    ReviewQueue queue;

    private static int heightFor(int width) {
        return width == 1366 ? 768 : width == 768 ? 1024 : 844;
    }

    private static void nothingRunsOffTheScreen(Page page, int width) {
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("page width")
                .isLessThanOrEqualTo(width);
    }

    /** A post with a photo the camera took at 1,600 × 1,200 pixels, submitted by Tom Hale for @JGP_Kestrels. */
    private DraftDetails submittedWithABigPhoto(String text) {
        SignedIn.as(demoUsers, "teacher");
        var photo = media.intake(
                "IMG_5001.JPG",
                TestPhotos.withMetadata(
                        TestPhotos.jpeg(TestPhotos.detailed(1600, 1200)), TestPhotos.Exif.ipad("DMPX1002JGP2")));
        var kestrels = InSchool.jesseGray(
                jdbc,
                () -> accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id());
        var created = drafts.create(
                kestrels,
                new DraftContent(
                        text,
                        List.of(new DraftContent.AttachedPhoto(
                                photo.id().value(), "Kestrels planting bulbs", Map.of(), true)),
                        List.of()));
        var submitted = drafts.submit(created.id(), created.version(), null);
        SignedIn.nobody();
        return submitted;
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1366, 768, 390})
    void slt_review_a_post_with_a_big_photo_on_a_laptop_an_ipad_and_a_phone(int width) {
        var text = "Kestrels planted bulbs today #JGPKestrels " + System.nanoTime();
        var draft = submittedWithABigPhoto(text);
        var base = "http://127.0.0.1:" + port;
        var page = chromium.newPage("en-GB", "Europe/London", width, heightFor(width));
        Chromium.signIn(page, base, "deputy");
        page.navigate(base + "/review/" + draft.id());
        assertThat(page.locator("#marked-text")).containsText(text);

        var photo = page.locator(".review-photos img.photo-preview");
        assertThat(photo).isVisible();
        var shown = photo.boundingBox();
        var column = page.locator("#review-item").boundingBox();
        assertThat(shown.width).as("the photo fits its column").isLessThanOrEqualTo(column.width);
        assertThat(shown.x + shown.width).isLessThanOrEqualTo(width);
        nothingRunsOffTheScreen(page, width);
        assertThat(page.locator("#post-preview")).containsText("#JGPKestrels");
        assertThat(page.locator("#post-preview")).containsText("Photo 1 alt text: Kestrels planting bulbs");
        assertThat(Chromium.seriousAccessibilityViolations(page)).isEmpty();
        Chromium.screenshot(page, "review-" + width);

        var fullSize = page.waitForPopup(photo::click);
        fullSize.waitForLoadState();
        assertThat((Integer) fullSize.evaluate("document.querySelector('img').naturalWidth"))
                .as("opened full size")
                .isEqualTo(1600);
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1366, 768, 390})
    void slt_see_and_move_a_scheduled_post_on_the_calendar_on_a_laptop_an_ipad_and_a_phone(int width) {
        var text = "Kestrels' concert " + System.nanoTime();
        SignedIn.as(demoUsers, "teacher");
        var kestrels = InSchool.jesseGray(
                jdbc,
                () -> accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id());
        var created = drafts.create(kestrels, DraftContent.text(text));
        var submitted = drafts.submit(created.id(), created.version(), null);
        var day = LocalDate.now(SchoolTime.ZONE).plusDays(10 + Math.floorMod(System.nanoTime(), 300));
        SignedIn.as(demoUsers, "deputy");
        queue.approve(
                submitted.id(),
                submitted.version(),
                day.atTime(9, 0).atZone(SchoolTime.ZONE).toInstant(),
                null);
        SignedIn.nobody();

        var base = "http://127.0.0.1:" + port;
        var page = chromium.newPage("en-GB", "Europe/London", width, heightFor(width));
        Chromium.signIn(page, base, "head");
        page.navigate(base + "/calendar?day=" + day);
        var entry = page.locator(".calendar-entry", new Page.LocatorOptions().setHasText(text));
        assertThat(entry).containsText("09:00 @JGP_Kestrels · Scheduled");
        nothingRunsOffTheScreen(page, width);
        assertThat(Chromium.seriousAccessibilityViolations(page)).as("week").isEmpty();
        page.getByLabel("Month").check();
        assertThat(page.locator("#calendar-period")).hasText(SchoolTime.month(day));
        assertThat(entry).isVisible();
        nothingRunsOffTheScreen(page, width);
        assertThat(Chromium.seriousAccessibilityViolations(page)).as("month").isEmpty();
        Chromium.screenshot(page, "calendar-" + width);

        entry.focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#move-save")).isVisible();
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("the post opened")
                .isEmpty();
        var time = page.locator("#move-time input");
        time.fill("15:30");
        time.press("Enter");
        page.locator("#move-save").click();
        assertThat(entry).containsText("15:30 @JGP_Kestrels · Scheduled");
        SignedIn.as(demoUsers, "deputy");
        assertThat(drafts.find(submitted.id()).orElseThrow().status())
                .as("still approved")
                .isEqualTo(DraftStatus.SCHEDULED);
        SignedIn.nobody();
    }

    @Test
    void slt_open_a_submitted_post_and_send_it_back_by_keyboard_on_an_accessible_screen() {
        var text = "Ring us on 0115 496 0000 about the Kestrels' cake sale " + System.nanoTime();
        SignedIn.as(demoUsers, "teacher");
        var kestrels = InSchool.jesseGray(
                jdbc,
                () -> accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id());
        var created = drafts.create(kestrels, DraftContent.text(text));
        var draft = drafts.submit(created.id(), created.version(), "It is the school office's public number.");
        SignedIn.nobody();

        var base = "http://127.0.0.1:" + port;
        var page = chromium.newPage();
        Chromium.signIn(page, base, "deputy");
        page.navigate(base + "/review");
        assertThat(page.locator("#review-queue")).isVisible();
        assertThat(Chromium.seriousAccessibilityViolations(page)).isEmpty();

        page.navigate(base + "/review/" + draft.id());
        assertThat(page.locator("#marked-text")).containsText(text);
        assertThat(page.locator("#acknowledged-warnings")).containsText("public number");
        assertThat(Chromium.seriousAccessibilityViolations(page)).isEmpty();

        page.getByLabel("Comment for the author").focus();
        page.keyboard().type("Please add the date of the cake sale.");
        page.keyboard().press("Tab");
        assertThat(page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Reject: send back to the author with the comment")))
                .isFocused();
        page.keyboard().press("Enter");

        assertThat(page.locator("#review-item")).not().containsText(text);
        SignedIn.as(demoUsers, "teacher");
        var after = drafts.find(draft.id()).orElseThrow();
        SignedIn.nobody();
        assertThat(after.status()).isEqualTo(DraftStatus.REJECTED);
        assertThat(after.reviewComment()).isEqualTo("Please add the date of the cake sale.");
    }
}
