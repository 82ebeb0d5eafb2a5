package app.safepost.drafting.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.ClassPhotos;
import app.safepost.media.MediaFixture;
import app.safepost.testing.Chromium;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser: a teacher uploads a group photo, sees the faces the portal found, says who two of
 * them are, covers the third with one click, confirms and submits; the deputy sees the boxes at review.
 */
@SafepostServerTest
class FacesJourneyTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void removeDrafts() {
        InSchool.jesseGray(jdbc, () -> jdbc.update("delete from draft where body = 'Sports day in the sun'"));
        MediaFixture.removeAllPhotos(jdbc);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static void choose(Page page, String select, String option) {
        page.locator(select).click();
        // The items live inside their own select: the select closed a moment ago may still show its own while it fades.
        page.locator(select)
                .locator("vaadin-select-item:visible")
                .filter(new Locator.FilterOptions().setHasText(option))
                .click();
        assertThat(page.locator(select)).hasAttribute("has-value", "");
    }

    @Test
    void a_teacher_accounts_for_every_face_covers_one_with_a_click_and_the_deputy_sees_the_boxes() throws Exception {
        var file = Path.of("target", "tmp", "sports-day.jpg");
        Files.createDirectories(file.getParent());
        Files.write(file, ClassPhotos.groupOfThree().jpeg());
        var page = chromium.newPage();
        Chromium.signIn(page, base(), DemoUsers.TEACHER);
        page.navigate(base() + "/post");
        page.getByLabel("Post", new Page.GetByLabelOptions().setExact(true)).fill("Sports day in the sun");

        page.locator("#draft-photos vaadin-upload input[type=file]").setInputFiles(file);
        var faces = page.locator("#photo-faces-1 .face-box");
        assertThat(faces).hasCount(3, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
        assertThat(page.locator("#findings")).containsText("nobody accounted for");
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("editor with faces found")
                .isEmpty();
        Chromium.screenshot(page, "faces-found");

        choose(page, "#face-1-f1", "Amelia Khan");
        choose(page, "#face-1-f2", "Aisha Ahmed");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cover faces in photo 1"))
                .click();
        page.waitForFunction(
                "() => document.querySelector('#cover-canvas img') && document.querySelector('#cover-canvas img').naturalWidth > 0");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cover face 3, middle right"))
                .click();
        assertThat(page.locator(".cover-row")).hasCount(1);
        assertThat(page.locator("#cover-face-status")).containsText("not covered: face 1, 2");
        // Four-digit positions show whole in the number fields ("2880", not "288").
        var x = page.locator(".cover-row vaadin-integer-field input").first();
        assertThat(x.inputValue()).hasSize(4);
        assertThat((Boolean) x.evaluate("e => e.scrollWidth <= e.clientWidth")).isTrue();
        page.locator("#preview-covers").click();
        assertThat(page.locator("#cover-preview")).isInViewport();
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("cover editor with faces")
                .isEmpty();
        Chromium.screenshot(page, "faces-cover-editor");
        page.locator("#save-covers").click();
        assertThat(page.locator("#save-covers")).hasCount(0);

        assertThat(page.locator("#findings")).containsText("confirm that you have checked every face in photo 1");
        page.getByLabel("I have checked every face in photo 1").check();
        assertThat(page.locator("#verdict")).hasText("Nothing found: ready to submit.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval"))
                .click();
        assertThat(page.locator("#my-drafts")).containsText("Sports day in the sun");
        var assignments = InSchool.jesseGray(
                jdbc,
                () -> jdbc.queryForList(
                        "select face_id || '=' || assignment from draft_face order by face_id", String.class));
        assertThat(assignments).containsExactly("f1=J820300120086", "f2=J820300120089");

        var deputy = chromium.newPage();
        Chromium.signIn(deputy, base(), DemoUsers.DEPUTY);
        deputy.navigate(base() + "/review");
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sports day in the sun"))
                .click();
        assertThat(deputy.locator("#review-photos .face-box")).hasCount(3);
        assertThat(deputy.locator("#review-photos .review-faces"))
                .containsText("Face 3 (middle right): not said, covered");
        assertThat(deputy.locator("#review-photos .review-faces"))
                .containsText("Amelia Khan (image consent), not covered");
        assertThat(deputy.locator("#review-photos")).containsText("The author confirmed they checked every face");
        assertThat(Chromium.seriousAccessibilityViolations(deputy))
                .as("review with faces")
                .isEmpty();
        Chromium.screenshot(deputy, "faces-review");
    }
}
