package app.safepost.shell.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.SocialAccounts;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.Drafts;
import app.safepost.security.ScreenAccess;
import app.safepost.testing.Chromium;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import app.safepost.testing.SignedIn;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The portal as a whole in Chromium: UK dates and times on every screen in a browser set to American
 * English, the navigation's sections and counts by keyboard on a phone, and the portal's own page for
 * an address that leads nowhere.
 */
@SafepostServerTest
class PortalJourneyTest {

    /** A date or a time as an American browser would write it: 12/4/2026, 5:19 PM. */
    private static final Pattern NOT_UK =
            Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\s?[AaPp]\\.?[Mm]\\b");

    private static final Pattern UK_DATE =
            Pattern.compile("\\b\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}\\b");

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Drafts drafts;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until the screen has drawn what the server sent. */
    private static void settled(Page page) {
        page.locator("main").first().waitFor();
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                + ".every(c => !c.isActive || !c.isActive())");
    }

    /** The route template as an address, with a real record where it names one. */
    private String address(String template) {
        var path = template.replace("/:draftId?", "");
        if (path.startsWith("policies/")) {
            path = path.replace(
                    ":id",
                    InSchool.jesseGray(
                            jdbc,
                            () -> jdbc.queryForObject(
                                    "select policy_id from policy_document where"
                                            + " version_number = 1 and title = 'Social media (Twitter) policy'",
                                    String.class)));
        }
        return path.replace(
                ":id",
                InSchool.jesseGray(
                        jdbc,
                        () -> jdbc.queryForObject(
                                "select id from pupil where not archived order by upn limit 1", String.class)));
    }

    @Test
    void every_screen_writes_uk_dates_and_times_in_a_browser_set_to_american_english() {
        var page = chromium.newPage("en-US", "America/New_York", 1366, 900);
        Chromium.signIn(page, base(), DemoUsers.HEAD);
        var withDates = new ArrayList<String>();
        var wrong = new ArrayList<String>();
        for (var template : ScreenAccess.routes()) {
            if (!ScreenAccess.allowed(template).contains(DemoUsers.HEAD)) {
                continue;
            }
            page.navigate(base() + "/" + address(template));
            settled(page);
            var text = (String) page.evaluate("document.body.innerText");
            var matcher = NOT_UK.matcher(text);
            if (matcher.find()) {
                wrong.add("/" + template + " writes " + matcher.group());
            }
            @SuppressWarnings("unchecked")
            var dates = (List<String>) page.evaluate("[...document.querySelectorAll('vaadin-date-picker > input')]"
                    + ".map(i => i.value).filter(v => v)");
            @SuppressWarnings("unchecked")
            var times = (List<String>) page.evaluate("[...document.querySelectorAll('vaadin-time-picker > input')]"
                    + ".map(i => i.value).filter(v => v)");
            dates.stream()
                    .filter(d -> !UK_DATE.matcher(d).matches())
                    .forEach(d -> wrong.add("/" + template + " picks " + d));
            times.stream()
                    .filter(t -> !t.matches("\\d{2}:\\d{2}"))
                    .forEach(t -> wrong.add("/" + template + " picks " + t));
            if (UK_DATE.matcher(text).find() || !dates.isEmpty()) {
                withDates.add(template);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(withDates)
                .as("screens that show dates")
                .contains("trip-delegations", "calendar", "audit", "policies", "pupils/:id");

        page.navigate(base() + "/audit");
        settled(page);
        var from = page.locator("#audit-from input");
        from.fill("5/12/2026");
        from.press("Enter");
        assertThat(from).hasValue("5 Dec 2026");
    }

    @Test
    void on_a_phone_the_navigation_opens_by_keyboard_shows_what_waits_and_takes_slt_to_it() {
        SignedIn.as(demoUsers, DemoUsers.TEACHER);
        var kestrels = InSchool.jesseGray(
                jdbc,
                () -> accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id());
        var draft = drafts.create(kestrels, DraftContent.text("Our class trip to the farm " + System.nanoTime()));
        drafts.submit(draft.id(), draft.version(), null);
        SignedIn.nobody();

        var page = chromium.newPage("en-GB", "Europe/London", 390, 844);
        Chromium.signIn(page, base(), DemoUsers.DEPUTY);
        var toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show or hide the menu"));
        toggle.focus();
        page.keyboard().press("Enter");
        var review = page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Review posts \\d+ waiting$")));
        assertThat(review).isVisible();
        var posts = page.locator("vaadin-side-nav[data-section=posts]");
        assertThat(posts).containsText("waiting");
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("the navigation open")
                .isEmpty();

        var audit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Audit")));
        audit.focus();
        page.keyboard().press("Enter");
        assertThat(audit).hasAttribute("aria-expanded", "false");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail")))
                .isHidden();

        review.focus();
        page.keyboard().press("Enter");
        page.waitForURL(base() + "/review");
        assertThat(page.locator("#review-queue")).isVisible();
    }

    @Test
    void an_address_that_leads_nowhere_gets_the_portals_own_page() {
        var page = chromium.newPage();
        Chromium.signIn(page, base(), DemoUsers.OFFICE);

        page.navigate(base() + "/pupils/xyz");

        assertThat(page.locator("#not-found")).containsText("There is no such page");
        assertThat(page.locator("body")).not().containsText("Could not navigate");
        assertThat(Chromium.seriousAccessibilityViolations(page)).isEmpty();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to your home page"))
                .click();
        page.waitForURL(base() + "/");
    }
}
