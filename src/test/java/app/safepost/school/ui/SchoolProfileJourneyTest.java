package app.safepost.school.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Chromium;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SafepostServerTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real browser: the head changes the school's contact and sees it in the history; a governor cannot edit. */
@SafepostServerTest
class SchoolProfileJourneyTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void the_head_changes_the_contact_and_sees_who_changed_what_in_the_history() {
        Page page = chromium.newPage();
        Chromium.signIn(page, base(), DemoUsers.HEAD);
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("home page")
                .isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("School profile"))
                .click();
        page.waitForURL(base() + "/school");
        var email = page.getByLabel("Contact e-mail");
        var oldEmail = email.inputValue();
        var newEmail = "front.desk" + System.nanoTime() % 100000 + "@jessegray.example";
        email.fill(newEmail);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();

        var newestRevision = page.locator("#profile-history vaadin-grid-cell-content")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(newEmail))
                .first();
        assertThat(newestRevision).containsText("Contact e-mail: " + oldEmail + " → " + newEmail);
        assertThat(page.locator("#profile-history vaadin-grid-cell-content")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("head"))
                        .first())
                .isVisible();
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("school profile")
                .isEmpty();
        Chromium.screenshot(page, "school-profile-head");
    }

    @Test
    void a_governor_finds_no_edit_button_on_the_profile() {
        Page page = chromium.newPage();
        Chromium.signIn(page, base(), DemoUsers.GOVERNOR);

        page.navigate(base() + "/school");
        assertThat(page.getByLabel("School name")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")))
                .hasCount(0);
        assertThat(page.locator("#profile-history")).isVisible();
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("school profile, read only")
                .isEmpty();
    }

    @Test
    void the_whole_portal_works_by_keyboard_from_sign_in_to_the_profile() {
        Page page = chromium.newPage();
        page.navigate(base() + "/login");
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("sign-in page")
                .isEmpty();
        page.getByLabel("Username").focus();
        page.keyboard().type(DemoUsers.DEPUTY);
        page.keyboard().press("Tab");
        page.keyboard().type(DemoUsers.PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(base() + "/");

        var link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("School profile"));
        link.focus();
        page.keyboard().press("Enter");
        page.waitForURL(base() + "/school");
        assertThat(page.getByLabel("School name")).isVisible();
    }
}
