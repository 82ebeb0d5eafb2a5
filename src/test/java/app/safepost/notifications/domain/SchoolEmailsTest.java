package app.safepost.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.TestPhotos;
import app.safepost.notifications.Notice;
import app.safepost.school.SchoolProfileService;
import app.safepost.security.PortalTask;
import app.safepost.security.SchoolId;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestSchools;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each school of the trust writes its e-mails as itself, through a real SMTP server (GreenMail): its
 * name before the subject, as the sender's name and in the text, and its own logo inline when it has
 * one; never another school's.
 */
@SafepostTest
class SchoolEmailsTest {

    @RegisterExtension
    static GreenMailExtension mailServer =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @Autowired
    Outbox queue;

    @Autowired
    OutboundEmailRepository emails;

    @Autowired
    SchoolProfileService profile;

    @Autowired
    SchoolLetterhead letterhead;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void noLogoAgain() {
        PortalTask.runAsSystemIn(TestSchools.fenwickRoad(jdbc), () -> {
            profile.removeLogo();
            return null;
        });
        SignedIn.nobody();
    }

    private Outbox outbox() {
        return MailServerOutbox.delivering(mailServer, emails, clock, transaction, letterhead);
    }

    /** Sends what is due in the school, this notice among it, and returns the e-mail that carried the notice. */
    private MimeMessage sentIn(SchoolId school, String subject) {
        PortalTask.runAsSystemIn(school, () -> {
            transaction.executeWithoutResult(status -> queue.queue(
                    "office", "office@school.example", new Notice(subject, "The termly review is due.", "policies")));
            return outbox().deliverDue();
        });
        return Arrays.stream(mailServer.getReceivedMessages())
                .filter(m -> subjectOf(m).endsWith(subject))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void each_demo_school_sends_its_e_mails_under_its_own_name_and_no_other() throws Exception {
        var jesseGray = sentIn(TestSchools.jesseGray(jdbc), "Review check one");
        var fenwickRoad = sentIn(TestSchools.fenwickRoad(jdbc), "Review check two");

        assertThat(jesseGray.getSubject()).isEqualTo("Jesse Gray Primary School: Review check one");
        assertThat(sender(jesseGray).getPersonal()).isEqualTo("Jesse Gray Primary School");
        assertThat(sender(jesseGray).getAddress()).isEqualTo("no-reply@jessegray.example");
        assertThat(GreenMailUtil.getBody(jesseGray))
                .startsWith("Jesse Gray Primary School")
                .contains("The termly review is due.", "Sent by Safepost for Jesse Gray Primary School.")
                .doesNotContain("Fenwick");

        assertThat(fenwickRoad.getSubject()).isEqualTo("Fenwick Road Primary School: Review check two");
        assertThat(sender(fenwickRoad).getPersonal()).isEqualTo("Fenwick Road Primary School");
        assertThat(GreenMailUtil.getBody(fenwickRoad))
                .startsWith("Fenwick Road Primary School")
                .contains("Sent by Safepost for Fenwick Road Primary School.")
                .doesNotContain("Jesse Gray");
    }

    @Test
    void a_school_with_a_logo_shows_it_inline_above_its_text_and_only_in_its_own_e_mails() throws Exception {
        var png = TestPhotos.png(TestPhotos.quadrants(120, 40));
        PortalTask.runAsSystemIn(TestSchools.fenwickRoad(jdbc), () -> {
            profile.setLogo(png);
            return null;
        });

        var fenwickRoad = sentIn(TestSchools.fenwickRoad(jdbc), "Logo check one");
        var jesseGray = sentIn(TestSchools.jesseGray(jdbc), "Logo check two");

        var parts = parts(fenwickRoad);
        var logo = parts.stream().filter(p -> is(p, "image/png")).findFirst().orElseThrow();
        assertThat(header(logo, "Content-ID")).isEqualTo("<school-logo>");
        assertThat(Part.INLINE).isEqualTo(logo.getDisposition());
        assertThat(bytes(logo)).isEqualTo(png);
        var html = (String) parts.stream()
                .filter(p -> is(p, "text/html"))
                .findFirst()
                .orElseThrow()
                .getContent();
        assertThat(html)
                .contains(
                        "src=\"cid:school-logo\"",
                        "alt=\"Fenwick Road Primary School logo\"",
                        "The termly review is due.");
        var text = (String) parts.stream()
                .filter(p -> is(p, "text/plain"))
                .findFirst()
                .orElseThrow()
                .getContent();
        assertThat(text).startsWith("Fenwick Road Primary School").contains("The termly review is due.");

        assertThat(jesseGray.getContentType())
                .as("Jesse Gray has no logo: plain text only")
                .startsWith("text/plain");
    }

    private static boolean is(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(Part part, String name) throws jakarta.mail.MessagingException {
        return part.getHeader(name)[0];
    }

    private static byte[] bytes(Part part) throws Exception {
        var out = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(out);
        return out.toByteArray();
    }

    /** Every leaf part of the message, however deep its multiparts nest. */
    private static List<Part> parts(Part part) throws Exception {
        var leaves = new ArrayList<Part>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                leaves.addAll(parts(multipart.getBodyPart(i)));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    private static InternetAddress sender(MimeMessage message) throws jakarta.mail.MessagingException {
        return (InternetAddress) message.getFrom()[0];
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
