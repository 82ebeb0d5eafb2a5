package app.safepost.drafting.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.TestPhotos;
import app.safepost.testing.Chromium;
import app.safepost.testing.SafepostServerTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tom Hale (Class 3) types "Well done Amelia Khan", a real pupil's full name: the name is marked,
 * the clause explained and submit is off. Pasted with Cyrillic look-alike letters, the same name is
 * marked where it was typed. He changes it to her initials and submits for approval.
 */
@SafepostServerTest
class DraftingJourneyTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Test
    void a_teacher_sees_a_full_name_blocked_changes_it_to_initials_and_submits() {
        var base = "http://127.0.0.1:" + port;
        var page = chromium.newPage();
        Chromium.signIn(page, base, "teacher");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a post"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Write a post")))
                .isVisible();

        var text = page.getByLabel("Post", new Page.GetByLabelOptions().setExact(true));
        text.click();
        page.keyboard().type("Well done Amelia Khan for a brilliant poem!");

        Chromium.screenshot(page, "draft-typed");
        var mark = page.locator("#marked-text .finding-block");
        assertThat(mark).hasText("Amelia Khan");
        assertThat(page.locator("#verdict")).hasText("1 problem to fix before this can be submitted.");
        assertThat(page.locator("#findings")).containsText("Full name of a pupil (policy clause 12)");
        assertThat(page.locator("#findings")).containsText("A.K.");
        assertThat(page.locator("#findings")).not().containsText("Khan");
        var submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval"));
        assertThat(submit).isDisabled();
        Chromium.screenshot(page, "draft-blocked");
        assertThat(Chromium.seriousAccessibilityViolations(page)).isEmpty();

        String lookAlike = "\u0410m\u0435l\u0456\u0430 \u041Ah\u0430n"; // Аmеlіа Кhаn, Cyrillic letters among Latin
        text.fill("Well done " + lookAlike + " for a brilliant poem!");
        assertThat(page.locator("#marked-text .finding-block")).hasText(lookAlike);
        assertThat(page.locator("#findings")).containsText("Full name of a pupil (policy clause 12)");
        assertThat(submit).isDisabled();

        text.fill("Well done A.K. for a brilliant poem!");
        assertThat(page.locator("#verdict")).hasText("Nothing found: ready to submit.");
        assertThat(page.locator("#marked-text .finding-block")).hasCount(0);
        assertThat(submit).isEnabled();
        submit.focus();
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My drafts")))
                .isVisible();
        assertThat(page.locator("#my-drafts")).containsText("Well done A.K. for a brilliant poem!");
        assertThat(page.locator("#my-drafts")).containsText("Waiting for approval");
        assertThat(Chromium.seriousAccessibilityViolations(page)).isEmpty();
        Chromium.screenshot(page, "draft-submitted");
    }

    /**
     * On a laptop (1,366 px), a school iPad upright (768 px) and a phone (390 px): nothing runs off the
     * screen (the demo banner included), the checks come before the Submit button, the upload offers the
     * camera, the preview shows the post as X will, and axe finds nothing serious.
     */
    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1366, 768, 390})
    void the_editor_works_on_a_laptop_an_ipad_and_a_phone(int width) {
        var base = "http://127.0.0.1:" + port;
        var page = chromium.newPage("en-GB", "Europe/London", width, width == 1366 ? 768 : width == 768 ? 1024 : 844);
        Chromium.signIn(page, base, "teacher");
        page.navigate(base + "/post");
        page.getByLabel("Post", new Page.GetByLabelOptions().setExact(true))
                .fill("Well done Amelia Khan! Photos: https://www.jessegray.sch.uk/news #JGPKestrels");
        assertThat(page.locator("#verdict")).hasText("1 problem to fix before this can be submitted.");

        var submit = page.locator("#submit-draft");
        assertThat(page.locator("#verdict").boundingBox().y)
                .as("the checks come before Submit")
                .isLessThan(submit.boundingBox().y);
        assertThat(page.locator("#findings").boundingBox().y).isLessThan(submit.boundingBox().y);
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("nothing runs off the screen")
                .isLessThanOrEqualTo(width);
        var banner = page.locator(".demo-banner").boundingBox();
        assertThat(banner.x + banner.width)
                .as("the demo banner stays inside the screen")
                .isLessThanOrEqualTo(width);
        assertThat((String) page.evaluate("document.querySelector('#photo-upload').accept"))
                .startsWith("image/*");
        page.locator("#preview").getByText("Preview on X").click();
        assertThat(page.locator("#post-preview")).containsText("jessegray.sch.uk/news");
        assertThat(page.locator("#post-preview .post-preview-tag")).hasText("#JGPKestrels");
        assertThat(page.locator("#post-preview-counter")).containsText("/ 280");

        assertThat(Chromium.seriousAccessibilityViolations(page)).isEmpty();
        Chromium.screenshot(page, "editor-" + width);
    }

    @Test
    void every_stylesheet_loads_on_every_screen_after_the_editor_was_opened_and_a_big_photo_fits() throws Exception {
        var base = "http://127.0.0.1:" + port;
        var page = chromium.newPage();
        var refused = new CopyOnWriteArrayList<String>();
        // A refused style sheet may be aborted (no MIME type under nosniff) rather than answered.
        page.onRequestFailed(request -> {
            if (request.resourceType().equals("stylesheet")) {
                refused.add(request.url() + ": " + request.failure());
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 400 && response.request().resourceType().equals("stylesheet")) {
                refused.add(response.url() + ": " + response.status());
            }
        });
        Chromium.signIn(page, base, "teacher");
        page.navigate(base + "/post");
        assertThat(page.locator("#draft-photos vaadin-upload")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My drafts"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My drafts")))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Photos"))
                .click();
        assertThat(page.locator("#photo-upload")).isVisible();
        page.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(refused).isEmpty();
        assertThat(page.locator("#photo-refusals")).hasCSS("display", "none");

        // A photo as an iPad takes it, far wider than the screen: it fits its card and opens full size.
        var file = Path.of("target", "tmp", "IMG_5002.JPG");
        Files.createDirectories(file.getParent());
        Files.write(file, TestPhotos.jpeg(TestPhotos.detailed(1600, 1200)));
        page.locator("#photo-upload input[type=file]").setInputFiles(file);
        var photos = page.locator(".photo-card img.photo-preview");
        page.waitForFunction("() => [...document.querySelectorAll('.photo-card img.photo-preview')]"
                + ".some(i => i.complete && i.naturalWidth === 1600)");
        int big = (Integer) photos.evaluateAll("images => images.findIndex(i => i.naturalWidth === 1600)");
        var photo = photos.nth(big);
        assertThat((Boolean) photos.evaluateAll("images => images.every(i => i.getBoundingClientRect().width"
                        + " <= i.closest('.photo-card').getBoundingClientRect().width)"))
                .as("every photo fits its card")
                .isTrue();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(1280);
        var fullSize = page.waitForPopup(photo::click);
        fullSize.waitForLoadState();
        assertThat((Integer) fullSize.evaluate("document.querySelector('img').naturalWidth"))
                .isEqualTo(1600);
    }

    @Test
    void a_teacher_adds_a_photo_showing_a_pupil_without_consent_covers_them_with_a_sticker_and_submits()
            throws Exception {
        var file = java.nio.file.Path.of("target", "tmp", "museum.jpg");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(
                file, app.safepost.media.TestPhotos.jpeg(app.safepost.media.TestPhotos.detailed(400, 300)));
        var base = "http://127.0.0.1:" + port;
        var page = chromium.newPage();
        Chromium.signIn(page, base, "teacher");
        page.navigate(base + "/post");
        page.getByLabel("Post", new Page.GetByLabelOptions().setExact(true)).fill("Our trip to the museum");
        assertThat(page.locator("#verdict")).hasText("Nothing found: ready to submit.");

        page.locator("#draft-photos vaadin-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator(".draft-photo")).hasCount(1);
        page.getByLabel("Alt text for photo 1").fill("Pupils looking at a fossil");
        page.getByLabel("I have checked every face in photo 1").check();
        var who = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Who is in photo 1"));
        who.click();
        who.pressSequentially("Ezra");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Ezra García – no photo consent"))
                .click();
        who.press("Escape");

        assertThat(page.locator("#findings")).containsText("(policy clause 15)");
        var submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval"));
        assertThat(submit).isDisabled();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cover faces in photo 1"))
                .click();
        page.locator("#add-cover").click();
        var whose = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Whose face"));
        whose.click();
        whose.pressSequentially("Ezra");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Ezra García (no image consent)"))
                .click();
        page.getByLabel("Cover with").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Emoji sticker"))
                .click();
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("cover editor")
                .isEmpty();
        page.locator("#save-covers").click();
        assertThat(page.locator("#save-covers")).hasCount(0);

        assertThat(page.locator("#verdict")).hasText("Nothing found: ready to submit.");
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("editor with a photo")
                .isEmpty();
        Chromium.screenshot(page, "draft-with-covered-photo");
        submit.click();
        assertThat(page.locator("#my-drafts")).containsText("Our trip to the museum");
    }
}
