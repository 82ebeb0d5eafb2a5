package app.safepost.pupils.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.notifications.domain.MailServerOutbox;
import app.safepost.notifications.domain.OutboundEmailRepository;
import app.safepost.notifications.domain.SchoolLetterhead;
import app.safepost.pupils.PupilDetails;
import app.safepost.pupils.PupilRecord;
import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.RosterFixture;
import app.safepost.pupils.domain.ConsentFormTokens;
import app.safepost.school.SchoolDirectory;
import app.safepost.testing.Chromium;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import app.safepost.testing.SignedIn;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In a real browser: the office sends a pupil's parent the consent form, the e-mail arrives (GreenMail),
 * the parent opens its link on a phone, answers, the pupil's register shows the parent's answers, and
 * the link refuses a second use. Every page passes axe.
 */
@SafepostServerTest
class ConsentFormJourneyTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @RegisterExtension
    static GreenMailExtension mailServer =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @LocalServerPort
    int port;

    @Autowired
    PupilRoster roster;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    ConsentFormTokens tokens;

    @Autowired
    OutboundEmailRepository emails;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    SchoolLetterhead letterhead;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    private PupilRecord amira;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The portal's outbox, delivering to this test's mail server with links to this portal. */
    /** As the outbox's job does, in the school whose e-mails they are. */
    private void deliverEmails() {
        InSchool.jesseGray(
                jdbc,
                () -> MailServerOutbox.delivering(
                                mailServer, emails, clock, transaction, letterhead, base() + "/", List.of(tokens))
                        .deliverDue());
    }

    @BeforeEach
    void enrolAmiraWithHerMothersAddress() throws Exception {
        deliverEmails();
        mailServer.purgeEmailFromAllMailboxes();
        SignedIn.as(demoUsers, DemoUsers.OFFICE);
        var class3 = directory.classNamed("Class 3").orElseThrow().id();
        amira = roster.enrol(new PupilDetails(RosterFixture.TEST_UPN, "Amira", "Testing", null, class3));
        roster.changeParentEmails(amira.id(), "sara.testing@example.org");
        SignedIn.nobody();
    }

    @AfterEach
    void removeAmira() {
        RosterFixture.restoreDemoRoster(roster, jdbc);
    }

    @Test
    void the_office_sends_the_form_the_parent_answers_on_a_phone_and_the_link_then_refuses_a_second_use() {
        Page office = chromium.newPage();
        Chromium.signIn(office, base(), DemoUsers.OFFICE);
        office.navigate(base() + "/pupils/" + amira.id());
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send consent form"))
                .click();
        assertThat(office.locator("vaadin-notification-card")).containsText("Consent form sent to 1 address.");

        deliverEmails();
        var received = mailServer.getReceivedMessages();
        assertThat(received).hasSize(1);
        var body = GreenMailUtil.getBody(received[0]).replace("=\r\n", "");
        var link = Pattern.compile(Pattern.quote(base()) + "/consent-form/[A-Za-z0-9_-]+")
                .matcher(body);
        assertThat(link.find()).as(body).isTrue();

        Page parent = chromium.newPhonePage();
        parent.navigate(link.group());
        assertThat(parent.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Photo consent for Amira")))
                .isVisible();
        assertThat(parent.locator("main")).not().containsText("Testing");
        assertThat(Chromium.seriousAccessibilityViolations(parent))
                .as("the consent form on a phone")
                .isEmpty();
        assertThat((Integer) parent.evaluate("() => document.documentElement.scrollWidth"))
                .as("no sideways scrolling")
                .isLessThanOrEqualTo(390);
        Chromium.screenshot(parent, "consent-form-phone");

        for (var question : List.of(
                "The class's social-media account",
                "The whole-school social-media accounts",
                "The school website",
                "Newsletter and prospectus")) {
            answer(parent, question, "Yes, I agree");
        }
        answer(parent, "Local press and media", "No");
        parent.getByLabel("Your name").fill("Sara Testing");
        parent.getByText("I have parental responsibility for Amira").click();
        parent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers"))
                .click();

        assertThat(parent.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thank you, Sara Testing")))
                .isVisible();
        assertThat(parent.locator("#recorded-answers")).containsText("Local press and media: no");
        assertThat(Chromium.seriousAccessibilityViolations(parent))
                .as("the answers recorded")
                .isEmpty();

        office.reload();
        var register = office.locator("#consent-history vaadin-grid-cell-content");
        assertThat(register.filter(new Locator.FilterOptions().setHasText("Sara Testing"))
                        .first())
                .isVisible();
        assertThat(register.filter(new Locator.FilterOptions().setHasText("Online form"))
                        .first())
                .isVisible();
        assertThat(Chromium.seriousAccessibilityViolations(office))
                .as("the pupil's page with the answers")
                .isEmpty();
        Chromium.screenshot(office, "pupil-consent-register");

        parent.navigate(link.group());
        assertThat(parent.locator("#link-closed")).containsText("This link has already been used");
        assertThat(parent.locator("main")).not().containsText("Amira");
        assertThat(Chromium.seriousAccessibilityViolations(parent))
                .as("a used link")
                .isEmpty();
    }

    private static void answer(Page page, String question, String choice) {
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(question))
                .getByText(choice, new Locator.GetByTextOptions().setExact(true))
                .click();
    }
}
