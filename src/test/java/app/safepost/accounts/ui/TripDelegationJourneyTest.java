package app.safepost.accounts.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.TripDelegationStatus;
import app.safepost.accounts.TripDelegations;
import app.safepost.testing.Chromium;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deputy head names Laura Bennett (Year 4) to run the whole-school account for a trip starting
 * now; when she signs in, @JesseGrayPrimary is among the accounts she may post to.
 */
@SafepostServerTest
class TripDelegationJourneyTest {

    private static final String TRIP = "Year 4 canal walk";

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TripDelegations delegations;

    @AfterEach
    void revokeTheTrip() {
        InSchool.jesseGray(jdbc, () -> {
            delegations.all().stream()
                    .filter(d -> d.tripName().equals(TRIP)
                            && d.status() != TripDelegationStatus.REVOKED
                            && d.status() != TripDelegationStatus.ENDED)
                    .forEach(d -> delegations.revoke(d.id()));
            return null;
        });
    }

    /** The form starts the trip at the current minute; leave time to submit within it. */
    private static void waitForAFreshMinute() throws InterruptedException {
        var second = LocalTime.now().getSecond();
        if (second > 40) {
            Thread.sleep((61 - second) * 1000L);
        }
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void slt_grant_a_trip_delegation_and_the_teacher_sees_the_whole_school_account_appear() throws Exception {
        var base = "http://127.0.0.1:" + port;
        var teacher = chromium.newPage();
        Chromium.signIn(teacher, base, "teacher4");
        teacher.navigate(base + "/accounts");
        assertThat(teacher.locator("#my-accounts")).containsText("@JGP_Owls");
        assertThat(teacher.locator("#my-accounts")).not().containsText("@JesseGrayPrimary");

        waitForAFreshMinute();
        var deputy = chromium.newPage();
        Chromium.signIn(deputy, base, "deputy");
        deputy.navigate(base + "/trip-delegations");
        assertThat(deputy.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Trip delegations")))
                .isVisible();
        assertThat(Chromium.seriousAccessibilityViolations(deputy)).isEmpty();
        field(deputy, "Senior teacher").fill("Laura");
        deputy.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Laura Bennett"))
                .click();
        field(deputy, "Trip").fill(TRIP);
        field(deputy, "Reason").fill("Parents follow the walk on the school's account");
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Grant delegation"))
                .click();
        assertThat(deputy.locator("#current-delegations")).containsText(TRIP);
        assertThat(deputy.locator("#current-delegations")).containsText("Laura Bennett");

        teacher.navigate(base + "/accounts");
        assertThat(teacher.locator("#my-accounts")).containsText("@JesseGrayPrimary");
        assertThat(teacher.locator("#my-accounts")).containsText("Draft and publish (trip delegation)");
        assertThat(teacher.locator(".trip-notice")).containsText("You are running @JesseGrayPrimary for " + TRIP);
        assertThat(Chromium.seriousAccessibilityViolations(teacher)).isEmpty();

        deputy.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Revoke Laura Bennett's delegation for " + TRIP))
                .click();
        assertThat(deputy.locator("#past-delegations")).containsText("Revoked by Daniel Reeve");
        teacher.navigate(base + "/accounts");
        assertThat(teacher.locator("#my-accounts")).containsText("@JGP_Owls");
        assertThat(teacher.locator("#my-accounts")).not().containsText("@JesseGrayPrimary");
    }

    @Test
    void the_guidance_screen_has_no_serious_accessibility_problems() {
        var base = "http://127.0.0.1:" + port;
        var page = chromium.newPage();
        Chromium.signIn(page, base, "computing");
        page.navigate(base + "/guidance");
        assertThat(page.locator("#guidance-history")).isVisible();

        assertThat(Chromium.seriousAccessibilityViolations(page)).isEmpty();
    }
}
