package app.safepost.audit.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.safepost.testing.Chromium;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser: the deputy changes the school's address, opens its history in the audit trail
 * from the profile, filters by her own name and reads the word diff; a governor reads a pupil's
 * history with the names hidden.
 */
@SafepostServerTest
class AuditTrailJourneyTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void the_deputy_follows_the_history_link_filters_by_user_and_reads_the_diff() {
        Page page = chromium.newPage();
        Chromium.signIn(page, base(), DemoUsers.DEPUTY);
        page.navigate(base() + "/school");
        var address = page.getByLabel("Address");
        var original = address.inputValue();
        var marker = "Journey" + System.nanoTime() % 100000;
        address.fill(
                "The Old School House, Church Lane, Jesse Gray, a long address that reads as a text diff " + marker);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();
        assertThat(page.locator("#profile-history")).containsText(marker);

        page.locator("#profile-history-link").click();
        page.waitForURL(url -> url.contains("/audit?type=school-profile"));
        page.getByLabel("User").fill("deputy");
        page.getByLabel("User").press("Enter");
        var firstRow = page.locator("#audit-entries vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("School profile"))
                .first();
        assertThat(firstRow).isVisible();
        // The user filter's round trip may refresh the list just after the click, which clears the selection;
        // then the row is clicked again (it is no longer selected, so the click selects it).
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            firstRow.click();
            assertThat(page.locator("#audit-changes"))
                    .containsText("address", new LocatorAssertions.ContainsTextOptions().setTimeout(5000));
        });
        assertThat(page.locator("#audit-changes .audit-diff-added").last()).containsText(marker);
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("audit trail with a diff")
                .isEmpty();
        Chromium.screenshot(page, "audit-trail-diff");

        page.navigate(base() + "/school");
        page.getByLabel("Address").fill(original);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();
        assertThat(page.locator("#profile-history")).isVisible();
    }

    @Test
    void a_governor_reads_a_pupils_history_without_names() {
        var pupil = InSchool.jesseGray(
                jdbc,
                () -> jdbc.queryForObject(
                        "select id::text from pupil where not archived order by upn limit 1", String.class));
        var firstName = InSchool.jesseGray(
                jdbc,
                () -> jdbc.queryForObject("select first_name from pupil where id = ?::uuid", String.class, pupil));
        Page page = chromium.newPage();
        Chromium.signIn(page, base(), DemoUsers.GOVERNOR);

        page.navigate(base() + "/audit?type=pupil&record=" + pupil);
        var added = page.locator("#audit-entries vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Added"))
                .first();
        added.click();

        assertThat(page.locator("#audit-changes")).containsText("(hidden)");
        assertThat(page.locator("#audit-changes").innerText()).doesNotContain(firstName);
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("audit trail, governor")
                .isEmpty();

        var download = page.waitForDownload(() -> page.getByText("Export CSV").click());
        String csv;
        try {
            csv = java.nio.file.Files.readString(download.path());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(download.suggestedFilename()).startsWith("audit-trail-").endsWith(".csv");
        assertThat(csv)
                .startsWith("When,Who,Record type,Record,Change,Revision,Record id,Field,Before,After")
                .contains("(hidden)", "Exported by")
                .doesNotContain(firstName);

        page.navigate(base() + "/audit/integrity");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the trail now"))
                .click();
        assertThat(page.locator("#integrity-result")).not().isEmpty();
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("audit integrity")
                .isEmpty();
    }
}
