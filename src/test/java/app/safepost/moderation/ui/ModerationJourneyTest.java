package app.safepost.moderation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Chromium;
import app.safepost.testing.SafepostServerTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.ArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tom Hale reports offensive language naming a pupil; the deputy head blocks the user and escalates to
 * the LADO, then synchronises the followers and finds the blocked user in the register; the chair of
 * governors reads the timeline with the pupil's name masked and comments, then opens the termly
 * report's PDF with its charts.
 */
@SafepostServerTest
class ModerationJourneyTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    private static void choose(Page page, String selectId, String option) {
        page.locator("#" + selectId).click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
    }

    private static void fill(Page page, String label, String value) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(value);
    }

    @Test
    void a_reported_incident_is_blocked_escalated_and_read_by_a_governor_without_the_pupils_name() throws Exception {
        var base = "http://127.0.0.1:" + port;
        var troll = "rude_" + System.nanoTime();

        var teacher = chromium.newPage();
        Chromium.signIn(teacher, base, "teacher");
        teacher.navigate(base + "/incidents");
        choose(teacher, "incident-account", "@JesseGrayPrimary");
        choose(teacher, "incident-category", "Offensive language");
        fill(teacher, "What happened", "@" + troll + " swore at Iris Young under the sports day post.");
        fill(teacher, "Links to the content", "https://x.com/" + troll + "/status/1");
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Report incident"))
                .click();
        assertThat(teacher.locator("#incident-timeline")).containsText("Reported");
        assertThat(Chromium.seriousAccessibilityViolations(teacher))
                .as("incidents, teacher")
                .isEmpty();
        teacher.waitForURL("**/incidents?incident=*");
        var incidentUrl = teacher.url();

        var deputy = chromium.newPage();
        Chromium.signIn(deputy, base, "deputy");
        deputy.navigate(incidentUrl);
        assertThat(deputy.locator("#incident-what")).containsText("Iris Young");
        fill(deputy, "Handle of the user to block", "@" + troll);
        choose(deputy, "block-reason", "Offensive language");
        fill(deputy, "Evidence: what they posted", "Swearing at a pupil by name");
        deputy.locator("#block-user").click();
        assertThat(deputy.locator("#incident-timeline")).containsText("User blocked");
        choose(deputy, "action-kind", "Escalated to an authority");
        choose(deputy, "action-authority", "Local authority designated officer (LADO)");
        fill(deputy, "Who at the authority", "Jane Brown");
        fill(deputy, "Reference", "LADO-2026-31");
        deputy.locator("#record-action").click();
        assertThat(deputy.locator("#incident-timeline")).containsText("LADO-2026-31");
        assertThat(Chromium.seriousAccessibilityViolations(deputy))
                .as("incident, SLT")
                .isEmpty();

        deputy.navigate(base + "/followers");
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Synchronise followers"))
                .click();
        assertThat(deputy.locator("#follower-syncs"))
                .containsText("@JesseGrayPrimary is in practice mode, so no platform" + " was called");
        assertThat(deputy.locator("#followers")).containsText("@" + troll);
        assertThat(Chromium.seriousAccessibilityViolations(deputy))
                .as("followers, SLT")
                .isEmpty();

        var governor = chromium.newPage();
        Chromium.signIn(governor, base, "governor");
        governor.navigate(incidentUrl);
        assertThat(governor.locator("#names-masked-note")).isVisible();
        assertThat(governor.locator("#incident-what")).containsText("swore at [name] under the");
        assertThat(governor.locator("#incident-what")).not().containsText("Iris");
        assertThat(governor.locator("#incident-timeline")).containsText("User blocked");
        assertThat(governor.locator("#incident-timeline")).containsText("Escalated to an authority");
        assertThat(governor.locator("#incident-timeline")).containsText("Daniel Reeve");
        assertThat(governor.locator("#block-user")).hasCount(0);
        fill(governor, "Comment", "Thank you; please report the LADO's advice to the next meeting.");
        governor.locator("#add-comment").click();
        assertThat(governor.locator("#incident-timeline")).containsText("Governor's comment");
        assertThat(governor.locator("#incident-timeline")).containsText("Ian Frost");
        assertThat(Chromium.seriousAccessibilityViolations(governor))
                .as("incident, governor")
                .isEmpty();

        governor.navigate(base + "/incidents/report");
        assertThat(governor.locator("#category-chart")).isVisible();
        assertThat(governor.locator("#report-figures")).containsText("escalated to an authority");
        assertThat(Chromium.seriousAccessibilityViolations(governor))
                .as("incident report")
                .isEmpty();
        var download =
                governor.waitForDownload(() -> governor.locator("#report-pdf").click());
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Moderation report").contains("@" + troll).doesNotContain("Iris");
            var images = new ArrayList<PDImageXObject>();
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image);
                    }
                }
            }
            assertThat(images).as("the two charts").hasSize(2);
        }
    }
}
