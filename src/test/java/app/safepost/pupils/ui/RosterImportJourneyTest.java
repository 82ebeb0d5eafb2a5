package app.safepost.pupils.ui;

import static app.safepost.pupils.RosterFixture.AMELIA_KHAN;
import static app.safepost.pupils.RosterFixture.TEST_UPN;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.RosterFixture;
import app.safepost.testing.Chromium;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** In a real browser: the office uploads the MIS export, reads the preview and confirms; staff print the consent list. */
@SafepostServerTest
class RosterImportJourneyTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    PupilRoster roster;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restoreTheDemoRoster() {
        RosterFixture.restoreDemoRoster(roster, jdbc);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void the_office_uploads_the_roster_reads_the_preview_and_confirms() throws IOException {
        var file = Path.of("target", "tmp", "roster-journey.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                RosterFixture.demoCsv().replace(AMELIA_KHAN, "J820300120086,Amelia,Khan,,Class 3,no,2026-11-24")
                        + TEST_UPN + ",Amira,Testing,,Class 3,no,\r\n",
                StandardCharsets.UTF_8);
        Page page = chromium.newPage();
        Chromium.signIn(page, base(), DemoUsers.OFFICE);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import roster"))
                .click();
        page.waitForURL(base() + "/pupils/import");
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);

        var summary = page.locator("#import-summary");
        assertThat(summary).containsText("197 pupils in the file. 1 new, 1 changed, 0 archived, 195 unchanged.");
        assertThat(page.locator("#import-preview vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("Consent (class-social): yes → no"))
                        .first())
                .isVisible();
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("import preview")
                .isEmpty();
        Chromium.screenshot(page, "roster-import-preview");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm import"))
                .click();

        assertThat(summary).containsText("roster-journey.csv imported. 1 new, 1 changed, 0 archived, 195 unchanged.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm import")))
                .isDisabled();
        assertThat(InSchool.jesseGray(jdbc, () -> jdbc.queryForList("""
                select c.consent from pupil_consent c join pupil p on p.id = c.pupil_id
                where p.upn = 'J820300120086' and c.purpose_code in ('class-social', 'school-social')""", Boolean.class)))
                .containsExactly(false, false);
    }

    @Test
    void a_file_with_problems_shows_each_line_and_imports_nothing() throws IOException {
        var file = Path.of("target", "tmp", "roster-broken.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                RosterFixture.demoCsv().replace(AMELIA_KHAN, "J820300120086,Amelia,Khan,,Class 9,yes,"),
                StandardCharsets.UTF_8);
        Page page = chromium.newPage();
        Chromium.signIn(page, base(), DemoUsers.OFFICE);
        page.navigate(base() + "/pupils/import");

        page.locator("vaadin-upload input[type=file]").setInputFiles(file);

        assertThat(page.locator("#import-summary")).containsText("cannot be imported: 2 problems");
        assertThat(page.locator("#import-problems vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("There is no class named \"Class 9\""))
                        .first())
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm import")))
                .isDisabled();
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("import problems")
                .isEmpty();
    }

    @Test
    void a_teacher_prints_the_photo_consent_list_of_their_class() {
        Page page = chromium.newPage();
        Chromium.signIn(page, base(), DemoUsers.TEACHER);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Photo consent"))
                .click();
        page.waitForURL(base() + "/photo-consent");
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("photo consent")
                .isEmpty();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Printable version"))
                .click();
        page.waitForURL(base() + "/photo-consent/print?purpose=class-social");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Class 3")))
                .isVisible();
        assertThat(page.locator("main")).not().containsText("Class 4");
        assertThat(page.locator("main")).not().containsText("Khan");
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print")))
                .isVisible();
        assertThat(page.locator(".demo-banner")).hasText("Demo sign-in — not for real pupil data");
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("printable consent list")
                .isEmpty();
        Chromium.screenshot(page, "photo-consent-print");
    }

    @Test
    void the_teacher_sees_their_class_by_full_name_and_no_other_class_on_the_pupils_screen() {
        Page page = chromium.newPage();
        Chromium.signIn(page, base(), DemoUsers.TEACHER);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pupils"))
                .click();
        page.waitForURL(base() + "/pupils");

        assertThat(page.locator("#class-pupils vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("Amelia"))
                        .first())
                .isVisible();
        assertThat(page.locator("#class-pupils")).containsText("Khan");
        assertThat(page.locator("#class-pupils")).not().containsText("Class 4");
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("class pupils")
                .isEmpty();
    }
}
