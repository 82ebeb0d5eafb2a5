package app.safepost.publishing.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.SocialAccounts;
import app.safepost.publishing.PostToPublish;
import app.safepost.publishing.Publishing;
import app.safepost.testing.Chromium;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An approved post for the Kingfishers is due: the portal's publishing job sends it to the sandbox,
 * and the deputy head finds it on Published posts and takes it down with the keyboard alone.
 */
@SafepostServerTest
class PublishedJourneyTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Publishing publishing;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    Clock clock;

    @Test
    void slt_find_the_post_the_scheduler_sent_to_the_sandbox_and_take_it_down_by_keyboard() {
        var text = "Kingfishers' kite day " + UUID.randomUUID().toString().substring(0, 8);
        var reference = UUID.randomUUID();
        InSchool.jesseGray(jdbc, () -> {
            var kingfishers =
                    accounts.accountWithHandle("@JGP_Kingfishers").orElseThrow().id();
            publishing.schedule(new PostToPublish(
                    reference,
                    1,
                    kingfishers,
                    text,
                    List.of(),
                    List.of(),
                    clock.instant().minusSeconds(5),
                    "teacher",
                    "deputy",
                    null));
            return null;
        });

        var base = "http://127.0.0.1:" + port;
        // A school laptop's screen: the text and the Take down button must both be in view.
        var page = chromium.newPage("en-GB", "Europe/London", 1366, 768);
        Chromium.signIn(page, base, "deputy");
        page.navigate(base + "/published");
        var row = page.locator("vaadin-grid-cell-content")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(text));
        // The publishing job runs every second in tests; the register shows what it has done when opened.
        for (int look = 0; look < 20 && !publishedYet(reference); look++) {
            page.waitForTimeout(500);
        }
        page.reload();
        assertThat(row).isVisible();
        assertThat(page.locator("#published")).containsText("Practice mode: not sent");
        assertThat(Chromium.seriousAccessibilityViolations(page)).isEmpty();

        var takeDown = page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions()
                        .setName("Take down the post to @JGP_Kingfishers: " + text)
                        .setExact(true));
        assertThat(takeDown).isInViewport();
        assertThat(row.first()).isInViewport();
        assertThat((Boolean) row.first().evaluate("cell => cell.scrollWidth <= cell.clientWidth"))
                .as("the post's text is not cut off")
                .isTrue();
        takeDown.focus();
        page.keyboard().press("Enter");
        var reason = page.getByLabel("Reason");
        assertThat(reason).isFocused();
        assertThat(Chromium.seriousAccessibilityViolations(page)).isEmpty();
        page.keyboard().type("Kite photo shows a pupil without consent");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Take down").setExact(true)))
                .isFocused();
        page.keyboard().press("Enter");

        assertThat(page.locator("#published")).containsText("Kite photo shows a pupil without consent");
        assertThat(InSchool.jesseGray(
                        jdbc, () -> publishing.find(reference).orElseThrow().status()))
                .isEqualTo("taken-down");
    }

    private boolean publishedYet(UUID reference) {
        return InSchool.jesseGray(
                jdbc,
                () -> publishing
                        .find(reference)
                        .map(p -> p.status().equals("published"))
                        .orElse(false));
    }
}
