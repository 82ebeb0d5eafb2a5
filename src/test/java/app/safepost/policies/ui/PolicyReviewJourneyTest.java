package app.safepost.policies.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.common.SchoolTime;
import app.safepost.policies.PolicyId;
import app.safepost.policies.PolicyLibrary;
import app.safepost.testing.Chromium;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual review, start to finish: the deputy head opens an overdue review and changes a clause, a
 * governor comments on it, the deputy resolves the comment and re-confirms the accounts and guidance,
 * the head teacher signs off, the PDF carries the signed text, and a teacher acknowledges the new version.
 * The journey reviews a copy of the school's policy, so the demo policy stays overdue for other tests.
 */
@SafepostServerTest
class PolicyReviewJourneyTest {

    private static final String OLD = "Under no circumstances should staff members follow parents or students.";
    private static final String NEW =
            "Under no circumstances should staff members follow parents or pupils," + " past or present.";

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PolicyLibrary library;

    private PolicyId overduePolicy(String title) throws Exception {
        String text;
        try (var in = getClass().getResourceAsStream("/demo/jesse-gray-twitter-policy-2023.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var today = LocalDate.now(SchoolTime.ZONE);
        return InSchool.jesseGray(jdbc, () -> {
            library.importIfMissing(
                    title, 1, "Senior Leadership Team", today.minusYears(2), today.minusMonths(1), text);
            return library.policyTitled(title).orElseThrow().id();
        });
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void slt_review_governors_comment_the_head_signs_off_and_a_teacher_acknowledges() throws Exception {
        var title = "Journey policy " + UUID.randomUUID().toString().substring(0, 8);
        var policy = overduePolicy(title);
        var base = "http://127.0.0.1:" + port;
        var policyUrl = base + "/policies/" + policy.value();

        var deputy = chromium.newPage();
        Chromium.signIn(deputy, base, "deputy");
        assertThat(deputy.locator(".policy-overdue", new Page.LocatorOptions().setHasText(title)))
                .containsText("Review overdue since");
        deputy.navigate(policyUrl);
        assertThat(deputy.getByRole(AriaRole.MAIN)).containsText("Review: Overdue since");
        deputy.getByRole(AriaRole.LINK, named("Open the review")).click();
        deputy.locator("#open-review").click();
        assertThat(deputy.locator("#review-facts")).containsText("started from version 1");
        assertThat(deputy.locator("#draft-sections vaadin-markdown h3").first()).isVisible();
        assertThat(deputy.locator("#draft-sections")).not().containsText("### ");
        deputy.getByRole(AriaRole.BUTTON, named("Edit section Twitter followers"))
                .click();
        var followers = deputy.getByLabel("Twitter followers", new Page.GetByLabelOptions().setExact(true));
        followers.fill(followers.inputValue().replace(OLD, NEW));
        deputy.getByRole(AriaRole.BUTTON, named("Save section Twitter followers"))
                .click();
        assertThat(deputy.locator("#tracked-changes")).containsText("Removed: " + OLD);
        assertThat(deputy.locator("#tracked-changes")).containsText("Added: " + NEW);
        assertThat(deputy.locator("#affected-clauses")).containsText("P8");
        var reconfirmations = new String[] {
            "The list of the school's social-media accounts is still right",
            "The accounts the school account follows by exception (P9) is still right",
            "The Computing Lead's posting guidance (P5) is still right"
        };
        for (var item : reconfirmations) {
            deputy.getByLabel(item).check();
        }
        deputy.reload();
        for (var item : reconfirmations) {
            assertThat(deputy.getByLabel(item)).isChecked();
        }
        assertThat(Chromium.seriousAccessibilityViolations(deputy)).isEmpty();

        var governor = chromium.newPage();
        Chromium.signIn(governor, base, "governor");
        governor.navigate(policyUrl + "/review");
        governor.locator("vaadin-select").click();
        governor.getByRole(AriaRole.OPTION, named("Twitter followers")).click();
        governor.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true))
                .fill("Should former pupils be named too?");
        governor.locator("#add-comment").click();
        assertThat(governor.locator("#comments")).containsText("Ian Frost");
        assertThat(governor.locator("#comments")).containsText("Should former pupils be named too?");
        assertThat(governor.locator("#review-facts")).containsText("1 open comment");
        assertThat(Chromium.seriousAccessibilityViolations(governor)).isEmpty();

        deputy.reload();
        var about = "Ian Frost's comment on Twitter followers";
        deputy.getByLabel("How " + about + " was resolved").fill("Yes: the clause now says past or present.");
        deputy.getByRole(AriaRole.BUTTON, named("Resolve " + about)).click();
        assertThat(deputy.locator("#comments")).containsText("Resolved by Daniel Reeve");
        assertThat(deputy.locator("#review-facts")).containsText("0 open comments");

        var head = chromium.newPage();
        Chromium.signIn(head, base, "head");
        head.navigate(policyUrl + "/review");
        assertThat(head.locator("#sign-off")).containsText("Fingerprint of the signed text");
        assertThat(head.locator("#sign-off")).not().containsText("SHA-256:");
        head.locator("#sign-off-button").click();
        try {
            assertThat(head.getByRole(AriaRole.MAIN)).containsText("Version 2 in force");
        } catch (AssertionError e) {
            Chromium.screenshot(head, "policy-sign-off-failed");
            throw e;
        }
        assertThat(head).hasURL(policyUrl);
        assertThat(head.locator(".sign-off"))
                .containsText(
                        "Signed by Helen Okoro, head teacher, on " + SchoolTime.date(LocalDate.now(SchoolTime.ZONE)));
        var download = head.waitForDownload(() -> head.locator("#download-pdf").click());
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(title).contains(NEW).doesNotContain(OLD).contains("Signed by Helen Okoro");
        }

        var teacher = chromium.newPage();
        Chromium.signIn(teacher, base, "teacher");
        teacher.navigate(policyUrl);
        assertThat(teacher.locator("#acknowledge-card")).containsText("Read version 2");
        assertThat(Chromium.seriousAccessibilityViolations(teacher)).isEmpty();
        teacher.getByLabel("I follow the school's accounts only from a secure, private account.")
                .check();
        teacher.getByLabel("I never follow parents or pupils.").check();
        teacher.getByRole(AriaRole.BUTTON, named("I have read it and confirm")).click();
        assertThat(teacher.locator("#acknowledged")).hasText("You have confirmed version 2 of this policy.");

        deputy.navigate(policyUrl);
        assertThat(deputy.locator("#acknowledgement-summary")).containsText("1 of 8 members of staff");
        assertThat(deputy.locator("#acknowledgements")).containsText("Tom Hale");
        Chromium.screenshot(deputy, "policy-acknowledgements");
    }
}
