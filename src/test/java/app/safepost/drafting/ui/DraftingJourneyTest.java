package app.safepost.drafting.ui;

import app.safepost.testing.Chromium;
import app.safepost.testing.SafepostServerTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tom Hale (Class 3) types "Well done Amelia Khan", a real pupil's full name: the name is marked,
 * the clause explained and submit is off. He changes it to her initials and submits for approval.
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
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a post")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Write a post"))).isVisible();

        var text = page.getByLabel("Post", new Page.GetByLabelOptions().setExact(true));
        text.click();
        page.keyboard().type("Well done Amelia Khan for a brilliant poem!");

        Chromium.screenshot(page, "draft-typed");
        var mark = page.locator("#marked-text .finding-block");
        assertThat(mark).hasText("Amelia Khan");
        assertThat(page.locator("#verdict")).hasText("1 problem to fix before this can be submitted.");
        assertThat(page.locator("#findings")).containsText("P12");
        assertThat(page.locator("#findings")).containsText("A.K.");
        assertThat(page.locator("#findings")).not().containsText("Khan");
        var submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval"));
        assertThat(submit).isDisabled();
        Chromium.screenshot(page, "draft-blocked");
        assertThat(Chromium.seriousAccessibilityViolations(page)).isEmpty();

        text.fill("Well done A.K. for a brilliant poem!");
        assertThat(page.locator("#verdict")).hasText("Nothing found: ready to submit.");
        assertThat(page.locator("#marked-text .finding-block")).hasCount(0);
        assertThat(submit).isEnabled();
        submit.focus();
        page.keyboard().press("Enter");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My drafts"))).isVisible();
        assertThat(page.locator("#my-drafts")).containsText("Well done A.K. for a brilliant poem!");
        assertThat(page.locator("#my-drafts")).containsText("Waiting for approval");
        assertThat(Chromium.seriousAccessibilityViolations(page)).isEmpty();
        Chromium.screenshot(page, "draft-submitted");
    }
}
