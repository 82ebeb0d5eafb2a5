package app.safepost.approval.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.safepost.common.SchoolTime;
import app.safepost.notifications.domain.MailServerOutbox;
import app.safepost.notifications.domain.OutboundEmailRepository;
import app.safepost.notifications.domain.SchoolLetterhead;
import app.safepost.testing.Chromium;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A post's whole way out, in the browser: the teacher writes and submits it, the deputy head approves it
 * for tomorrow morning, the sandbox publishes it once it is due, and the teacher sees it published and
 * gets the e-mail.
 */
@SafepostServerTest
class ApprovalToPublicationJourneyTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @RegisterExtension
    static GreenMailExtension mailServer =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboundEmailRepository emails;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    SchoolLetterhead letterhead;

    @Test
    void the_teacher_submits_slt_approve_for_tomorrow_the_sandbox_publishes_and_the_author_hears() throws Exception {
        var outbox = MailServerOutbox.delivering(mailServer, emails, clock, transaction, letterhead);
        InSchool.jesseGray(jdbc, outbox::deliverDue);
        mailServer.purgeEmailFromAllMailboxes();
        var base = "http://127.0.0.1:" + port;
        var words = "The Kestrels sang at the harvest festival " + System.nanoTime();

        var teacher = chromium.newPage();
        Chromium.signIn(teacher, base, "teacher");
        teacher.navigate(base + "/post");
        teacher.getByLabel("Post", new Page.GetByLabelOptions().setExact(true)).fill(words);
        assertThat(teacher.locator("#verdict")).hasText("Nothing found: ready to submit.");
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval"))
                .click();
        assertThat(teacher.locator("#my-drafts")).containsText("Waiting for approval");
        var reference = InSchool.jesseGray(
                jdbc, () -> jdbc.queryForObject("select id from draft where body = ?", java.util.UUID.class, words));

        var deputy = chromium.newPage();
        Chromium.signIn(deputy, base, "deputy");
        deputy.navigate(base + "/review");
        // Oldest first, and read a page at a time as it scrolls: the new post is at the end of the queue.
        deputy.waitForFunction("() => { const queue = document.querySelector('#review-queue');"
                + " if (!queue || !queue.size) return false; queue.scrollToIndex(queue.size - 1); return true; }");
        assertThat(deputy.locator("#review-queue")).containsText("The Kestrels sang");
        deputy.navigate(base + "/review/" + reference);
        assertThat(deputy.locator("#marked-text")).containsText(words);
        var tomorrow = LocalDate.now(clock.withZone(SchoolTime.ZONE)).plusDays(1);
        deputy.locator("#publish-date input").fill(tomorrow.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        deputy.locator("#publish-date input").press("Enter");
        deputy.locator("#publish-time input").fill("09:00");
        deputy.locator("#publish-time input").press("Enter");
        deputy.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and schedule"))
                .click();
        assertThat(deputy.getByText("Approved: it goes out on " + SchoolTime.date(tomorrow) + ", 09:00"))
                .isVisible();
        assertThat(Chromium.seriousAccessibilityViolations(deputy)).isEmpty();
        assertThat(InSchool.jesseGray(
                        jdbc,
                        () -> jdbc.queryForObject(
                                "select status from publication where reference = ?", String.class, reference)))
                .isEqualToIgnoringCase("scheduled");

        // Tomorrow at nine comes: the entry falls due, and the publishing job (every second in tests) sends it.
        InSchool.jesseGray(
                jdbc,
                () -> jdbc.update(
                        "update publication set publish_at = now(), next_attempt_at = now() where reference = ?",
                        reference));
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .pollInSameThread()
                .until(
                        () -> InSchool.jesseGray(
                                jdbc,
                                () -> jdbc.queryForObject(
                                        "select status from draft where id = ?", String.class, reference)),
                        "PUBLISHED"::equals);

        teacher.navigate(base + "/drafts");
        // @JGP_Kestrels is in practice mode: nothing left the school, and no screen says it was published.
        assertThat(teacher.locator("#my-drafts")).containsText("Practice mode: not sent");
        teacher.navigate(base + "/notices");
        assertThat(teacher.locator("#notices")).containsText("Your post to @JGP_Kestrels: Practice mode: not sent");
        assertThat(teacher.locator("#notices")).not().containsText("sandbox:");
        assertThat(Chromium.seriousAccessibilityViolations(teacher)).isEmpty();
        InSchool.jesseGray(jdbc, outbox::deliverDue);
        var toTeacher = Arrays.stream(mailServer.getReceivedMessages())
                .filter(m -> to(m).contains("t.hale@jessegray.example"))
                .toList();
        assertThat(toTeacher)
                .extracting(ApprovalToPublicationJourneyTest::subject)
                .contains("Jesse Gray Primary School: Your post to @JGP_Kestrels: Practice mode: not sent")
                .noneMatch(subject -> subject.contains("published"));
        assertThat(toTeacher)
                .allSatisfy(m -> assertThat(GreenMailUtil.getBody(m)).doesNotContain("harvest festival"));
    }

    private static String to(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
