package app.safepost.approval.ui;

import app.safepost.accounts.SocialAccounts;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.DraftStatus;
import app.safepost.drafting.Drafts;
import app.safepost.security.PortalTask;
import app.safepost.testing.Chromium;
import app.safepost.testing.SafepostServerTest;
import app.safepost.testing.SignedIn;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The deputy head opens a submitted post on Review posts and sends it back with a comment, by keyboard alone. */
@SafepostServerTest
class ReviewJourneyTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    Drafts drafts;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @Test
    void slt_open_a_submitted_post_and_send_it_back_by_keyboard_on_an_accessible_screen() {
        var text = "Ring us on 0115 496 0000 about the Kestrels' cake sale " + System.nanoTime();
        SignedIn.as(demoUsers, "teacher");
        var kestrels = PortalTask.runAsSystem(() -> accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id());
        var created = drafts.create(kestrels, DraftContent.text(text));
        var draft = drafts.submit(created.id(), created.version(), "It is the school office's public number.");
        SignedIn.nobody();

        var base = "http://127.0.0.1:" + port;
        var page = chromium.newPage();
        Chromium.signIn(page, base, "deputy");
        page.navigate(base + "/review");
        assertThat(page.locator("#review-queue")).isVisible();
        assertThat(Chromium.seriousAccessibilityViolations(page)).isEmpty();

        page.navigate(base + "/review/" + draft.id());
        assertThat(page.locator("#marked-text")).containsText(text);
        assertThat(page.locator("#acknowledged-warnings")).containsText("public number");
        assertThat(Chromium.seriousAccessibilityViolations(page)).isEmpty();

        page.getByLabel("Comment for the author").focus();
        page.keyboard().type("Please add the date of the cake sale.");
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Reject: send back to the author with the comment"))).isFocused();
        page.keyboard().press("Enter");

        assertThat(page.locator("#review-item")).not().containsText(text);
        SignedIn.as(demoUsers, "teacher");
        var after = drafts.find(draft.id()).orElseThrow();
        SignedIn.nobody();
        assertThat(after.status()).isEqualTo(DraftStatus.REJECTED);
        assertThat(after.reviewComment()).isEqualTo("Please add the date of the cake sale.");
    }
}
