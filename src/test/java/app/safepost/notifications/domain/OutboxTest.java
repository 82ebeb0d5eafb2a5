package app.safepost.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.notifications.Notice;
import app.safepost.notifications.Notices;
import app.safepost.security.Roles;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices reach staff in the app and by e-mail through a real SMTP server (GreenMail on a free loopback
 * port); while the mail server is down the e-mail waits in the outbox and is sent on a later attempt.
 */
@SafepostTest
class OutboxTest {

    @RegisterExtension
    static GreenMailExtension mailServer =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @Autowired
    Notices notices;

    @Autowired
    JdbcTemplate jdbc;

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

    private Outbox outboxTo(int port, Clock at) {
        return MailServerOutbox.delivering(port, emails, at, transaction, letterhead);
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Clock later(Clock clock, Duration by) {
        return Clock.offset(clock, by);
    }

    @Test
    void a_notice_reaches_the_app_and_the_inbox_once_the_mail_server_is_back() throws Exception {
        // Whatever other tests queued is delivered first, so that only this notice's e-mail is due below.
        var up = outboxTo(mailServer.getSmtp().getPort(), clock);
        InSchool.jesseGray(jdbc, up::deliverDue);
        assertThat(InSchool.jesseGray(jdbc, up::deliverDue)).isZero();
        mailServer.purgeEmailFromAllMailboxes();

        SignedIn.as(demoUsers, "deputy");
        var sent = notices.toStaff(
                java.util.List.of("teacher", "nobody-of-that-name"),
                new Notice("Outbox check: please read the policy", "Version 2 is in force.", "policies"));
        assertThat(sent).isEqualTo(1);
        var queued = emails.findByRecipientOrderByCreatedAt("teacher").stream()
                .filter(e -> e.getSubject().equals("Outbox check: please read the policy"))
                .findFirst()
                .orElseThrow();
        assertThat(queued.getAddress()).isEqualTo("t.hale@jessegray.example");
        assertThat(queued.getBody()).endsWith("Open it in Safepost: http://127.0.0.1:8080/policies");

        var down = outboxTo(closedPort(), clock);
        assertThat(down.deliverDue()).isZero();
        var failed = emails.findById(queued.getId()).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(OutboundEmail.Status.PENDING);
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).isNotBlank();
        assertThat(failed.getNextAttemptAt()).isAfter(clock.instant());
        assertThat(mailServer.getReceivedMessages()).isEmpty();

        // Not yet due again: nothing is sent even though the server is back.
        assertThat(outboxTo(mailServer.getSmtp().getPort(), clock).deliverDue()).isZero();
        assertThat(outboxTo(mailServer.getSmtp().getPort(), later(clock, Duration.ofMinutes(2)))
                        .deliverDue())
                .isEqualTo(1);

        var delivered = emails.findById(queued.getId()).orElseThrow();
        assertThat(delivered.getStatus()).isEqualTo(OutboundEmail.Status.SENT);
        assertThat(delivered.getAttempts()).isEqualTo(2);
        MimeMessage[] received = mailServer.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject())
                .isEqualTo("Jesse Gray Primary School: Outbox check: please read the policy");
        assertThat(Arrays.stream(received[0].getAllRecipients()).map(Object::toString))
                .containsExactly("t.hale@jessegray.example");

        SignedIn.as(demoUsers, "teacher");
        var mine = notices.mine().stream()
                .filter(n -> n.subject().equals("Outbox check: please read the policy"))
                .findFirst()
                .orElseThrow();
        assertThat(mine.isUnread()).isTrue();
        notices.markRead(mine.id());
        assertThat(notices.mine().stream()
                        .filter(n -> n.id().equals(mine.id()))
                        .findFirst()
                        .orElseThrow()
                        .isUnread())
                .isFalse();
    }

    @Test
    void a_notice_to_a_role_reaches_everyone_holding_it_and_nobody_else_reads_it() {
        SignedIn.as(demoUsers, "deputy");
        var sent = notices.toRole(Roles.SLT, new Notice("Outbox check: to SLT", "For senior leaders.", null));
        assertThat(sent).isEqualTo(2);

        SignedIn.as(demoUsers, "head");
        assertThat(notices.mine()).anyMatch(n -> n.subject().equals("Outbox check: to SLT"));
        SignedIn.as(demoUsers, "governor");
        assertThat(notices.mine()).noneMatch(n -> n.subject().equals("Outbox check: to SLT"));
        var headsNotice = emails.findByRecipientOrderByCreatedAt("head").stream()
                .filter(e -> e.getSubject().equals("Outbox check: to SLT"))
                .findFirst()
                .orElseThrow();
        assertThat(headsNotice.getAddress()).isEqualTo("head@jessegray.example");
    }

    @Autowired
    Outbox outbox;

    @Test
    void more_than_a_batch_goes_out_in_one_run() {
        // As the outbox's job does it, in the school whose e-mails they are.
        InSchool.jesseGray(jdbc, () -> {
            transaction.executeWithoutResult(status -> {
                for (int i = 0; i < 60; i++) {
                    outbox.queue("teacher", "t.hale@jessegray.example", new Notice("Batch check " + i, "b", null));
                }
            });
            outboxTo(mailServer.getSmtp().getPort(), clock).deliverDue();
        });

        assertThat(Arrays.stream(mailServer.getReceivedMessages()).filter(m -> {
                    try {
                        return m.getSubject().startsWith("Jesse Gray Primary School: Batch check ");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .hasSize(60);
    }

    @Test
    void the_back_off_doubles_to_an_hour_and_gives_up_after_a_day_of_failures() {
        var email = new OutboundEmail("teacher", "t.hale@jessegray.example", "s", "b", clock.instant());
        var now = clock.instant();
        email.failed(now, "refused");
        assertThat(email.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
        email.failed(now, "refused");
        assertThat(email.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(2)));
        for (int i = 2; i < 10; i++) {
            email.failed(now, "refused");
        }
        assertThat(email.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofHours(1)));
        while (email.getStatus() == OutboundEmail.Status.PENDING) {
            email.failed(now, "refused");
        }
        assertThat(email.getStatus()).isEqualTo(OutboundEmail.Status.FAILED);
        assertThat(email.getAttempts()).isEqualTo(OutboundEmail.MAX_ATTEMPTS);
    }
}
