package app.safepost.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Chromium;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostSsoServerTest;
import app.safepost.testing.TestKeycloak;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** In a real browser against the real demo Keycloak: staff sign in once, on the school's own sign-in page. */
@SafepostSsoServerTest
class SingleSignOnJourneyTest {

    private static final String BASE = SafepostSsoServerTest.BASE_URL;
    private static final String KEYCLOAK_SIGN_IN = TestKeycloak.ISSUER + "/protocol/openid-connect/auth";

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_teacher_signs_in_on_keycloak_and_finds_a_teachers_portal_with_their_record_brought_up_to_date() {
        InSchool.jesseGray(
                jdbc,
                () -> jdbc.update(
                        "update staff_member set display_name = 'T. Hale (old name)' where username = 'teacher'"));
        Page page = chromium.newPage();

        page.navigate(BASE + "/school");
        assertThat(page.url()).startsWith(KEYCLOAK_SIGN_IN);
        assertThat(page.locator("#kc-login")).isVisible();
        Chromium.screenshot(page, "keycloak-sign-in");
        Chromium.submitKeycloakSignIn(page, DemoUsers.TEACHER, DemoUsers.PASSWORD);
        page.waitForURL(url -> url.startsWith(BASE + "/"));
        page.locator("vaadin-app-layout").waitFor();

        page.navigate(BASE + "/");
        assertThat(navigation(page))
                .containsExactly(
                        "Home",
                        "Notices",
                        "Policies",
                        "Write a post",
                        "My drafts",
                        "Photos",
                        "Pupils",
                        "Photo consent",
                        "Accounts",
                        "Posting guidance",
                        "Followers",
                        "Follow requests",
                        "Incidents",
                        "School profile");
        assertThat(page.getByText("Hello, Tom Hale")).isVisible();
        assertThat(page.locator(".dashboard-card")
                        .filter(new Locator.FilterOptions().setHasText("Your classes"))
                        .first())
                .containsText("Class 3");
        assertThat(page.locator(".demo-banner")).hasCount(0);
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("home page after single sign-on")
                .isEmpty();
        Chromium.screenshot(page, "sso-teacher-home");

        assertThat(InSchool.jesseGray(
                        jdbc,
                        () -> jdbc.queryForObject(
                                "select display_name from staff_member where username = 'teacher'", String.class)))
                .isEqualTo("Tom Hale");
        assertThat(InSchool.jesseGray(jdbc, () -> jdbc.queryForList("""
                select r.username from staff_member_aud a join revision_info r on r.id = a.rev
                join staff_member s on s.id = a.id
                where s.username = 'teacher' and a.display_name = 'Tom Hale' and a.revtype = 1""", String.class)))
                .as("who the audit trail says brought the record up to date")
                .contains("teacher");
    }

    @Test
    void a_governor_sees_no_pupil_data() {
        Page page = chromium.newPage();
        Chromium.signInOnKeycloak(page, BASE, DemoUsers.GOVERNOR);

        assertThat(navigation(page))
                .containsExactly(
                        "Home",
                        "Notices",
                        "Policies",
                        "Posting guidance",
                        "Followers",
                        "Follow requests",
                        "Incidents",
                        "Incident report",
                        "Audit trail",
                        "Audit integrity",
                        "School profile");
        assertThat(page.getByText("Hello, Ian Frost")).isVisible();
        assertThat(page.locator(".policy-overdue")).isVisible();
        assertThat(page.getByText("Pupils")).hasCount(0);
        assertThat(page.getByText("image consent")).hasCount(0);
        assertThat(page.getByText("Your classes")).hasCount(0);
    }

    @Test
    void signing_out_ends_the_keycloak_session_too() {
        Page page = chromium.newPage();
        Chromium.signInOnKeycloak(page, BASE, DemoUsers.DEPUTY);

        page.locator("vaadin-menu-bar-button")
                .filter(new Locator.FilterOptions().setHasText("Daniel Reeve"))
                .click();
        page.locator("vaadin-menu-bar-item")
                .filter(new Locator.FilterOptions().setHasText("Sign out"))
                .click();

        // Keycloak ends its session and sends the browser back to the portal, which asks for a new sign-in.
        page.waitForURL(url -> url.startsWith(KEYCLOAK_SIGN_IN));
        assertThat(page.locator("#username")).isVisible();
        page.navigate(BASE + "/school");
        assertThat(page.url()).as("the portal's pages need a sign-in again").startsWith(KEYCLOAK_SIGN_IN);
        assertThat(page.locator("#kc-login")).isVisible();
    }

    @Test
    void a_wrong_password_stays_on_keycloak_with_its_error() {
        Page page = chromium.newPage();
        page.navigate(BASE + "/");
        // teacher4 is used by no other single sign-on test, so this one failure locks nobody out.
        Chromium.submitKeycloakSignIn(page, DemoUsers.TEACHER4, "not-the-password");

        assertThat(page.locator("#input-error, .kc-feedback-text, .pf-v5-c-helper-text__item-text")
                        .first())
                .containsText("Invalid username or password");
        assertThat(page.url()).startsWith(TestKeycloak.ISSUER);
        assertThat(page.locator("#kc-login")).isVisible();
    }

    @Test
    void the_demo_sign_in_page_does_not_exist_and_passes_visitors_on_to_keycloak() {
        Page page = chromium.newPage();
        page.navigate(BASE + "/login");

        page.waitForURL(url -> url.startsWith(KEYCLOAK_SIGN_IN));
        assertThat(page.getByText("Demo users")).hasCount(0);
        assertThat(page.locator("#kc-login")).isVisible();
    }

    /** The navigation's screens in order, by name, without the counts of what waits beside some of them. */
    @SuppressWarnings("unchecked")
    private static List<String> navigation(Page page) {
        page.locator("vaadin-side-nav-item").first().waitFor();
        return (List<String>) page.locator("vaadin-side-nav-item").evaluateAll("""
                items => items.map(item => {
                    const named = item.cloneNode(true);
                    named.querySelectorAll('.nav-count').forEach(count => count.remove());
                    return named.textContent.trim();
                })""");
    }
}
