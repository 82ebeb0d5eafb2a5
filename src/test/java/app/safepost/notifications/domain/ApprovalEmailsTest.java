package app.safepost.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.safepost.accounts.SocialAccounts;
import app.safepost.approval.ReviewQueue;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.DraftStatus;
import app.safepost.drafting.Drafts;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mails of the approval journey through a real SMTP server (GreenMail): SLT hear of a submission,
 * the author hears of the approval and, once the sandbox has published it, of the publication. None
 * carries the post's text, so none names a pupil.
 */
@SafepostTest
class ApprovalEmailsTest {

    @RegisterExtension
    static GreenMailExtension mailServer =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Drafts drafts;

    @Autowired
    ReviewQueue queue;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    OutboundEmailRepository emails;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    SchoolLetterhead letterhead;

    @Autowired
    Clock clock;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private Outbox outbox() {
        return MailServerOutbox.delivering(mailServer, emails, clock, transaction, letterhead);
    }

    @Test
    void submitted_approved_and_published_reach_the_inboxes_without_the_posts_text() throws Exception {
        outbox().deliverDue();
        mailServer.purgeEmailFromAllMailboxes();
        var text = "Well done A.K. and the Kestrels for the poetry reading " + System.nanoTime();

        SignedIn.as(demoUsers, "teacher");
        var kestrels = InSchool.jesseGray(
                jdbc,
                () -> accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id());
        var created = drafts.create(kestrels, DraftContent.text(text));
        var submitted = drafts.submit(created.id(), created.version(), "Checked.");
        SignedIn.as(demoUsers, "deputy");
        queue.approve(submitted.id(), submitted.version(), null, null);

        // The sandbox publisher sends what is due every second in the tests.
        SignedIn.as(demoUsers, "teacher");
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .pollInSameThread()
                .until(
                        () -> drafts.find(submitted.id()).orElseThrow().status(),
                        status -> status == DraftStatus.PUBLISHED);
        outbox().deliverDue();

        MimeMessage[] received = mailServer.getReceivedMessages();
        var toTeacher = Arrays.stream(received)
                .filter(m -> recipients(m).contains("t.hale@jessegray.example"))
                .map(this::subject)
                .toList();
        assertThat(toTeacher)
                .contains(
                        "Jesse Gray Primary School: Your post to @JGP_Kestrels was approved",
                        "Jesse Gray Primary School: Your post to @JGP_Kestrels: Practice mode: not sent");
        var toSlt = Arrays.stream(received)
                .filter(m -> !recipients(m).contains("t.hale@jessegray.example"))
                .map(this::subject)
                .toList();
        assertThat(toSlt).contains("Jesse Gray Primary School: A post to @JGP_Kestrels is waiting for approval");
        for (var message : received) {
            assertThat(GreenMailUtil.getBody(message))
                    .doesNotContain("poetry reading")
                    .doesNotContain("A.K.");
        }
    }

    private List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .map(Object::toString)
                    .toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
