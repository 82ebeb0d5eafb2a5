package app.safepost.notifications.domain;

import app.safepost.notifications.SecretLinks;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/** The portal's e-mail outbox delivering to a test's own mail server (GreenMail) instead of the configured one. */
public final class MailServerOutbox {

    private MailServerOutbox() {}

    public static Outbox delivering(
            GreenMailExtension mailServer,
            OutboundEmailRepository emails,
            Clock clock,
            TransactionTemplate transaction,
            SchoolLetterhead letterhead) {
        return delivering(mailServer.getSmtp().getPort(), emails, clock, transaction, letterhead);
    }

    /** Delivering to whatever listens on this loopback port (or nothing, for a mail server that is down). */
    public static Outbox delivering(
            int port,
            OutboundEmailRepository emails,
            Clock clock,
            TransactionTemplate transaction,
            SchoolLetterhead letterhead) {
        return delivering(port, emails, clock, transaction, letterhead, "http://127.0.0.1:8080/", List.of());
    }

    /**
     * Delivering with the portal's own secret links (a parent's consent form) made as it sends, in links
     * to the portal at {@code portalUrl}.
     */
    public static Outbox delivering(
            GreenMailExtension mailServer,
            OutboundEmailRepository emails,
            Clock clock,
            TransactionTemplate transaction,
            SchoolLetterhead letterhead,
            String portalUrl,
            List<SecretLinks> secretLinks) {
        return delivering(
                mailServer.getSmtp().getPort(), emails, clock, transaction, letterhead, portalUrl, secretLinks);
    }

    private static Outbox delivering(
            int port,
            OutboundEmailRepository emails,
            Clock clock,
            TransactionTemplate transaction,
            SchoolLetterhead letterhead,
            String portalUrl,
            List<SecretLinks> secretLinks) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        var properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(properties);
        return new Outbox(
                emails,
                () -> sender,
                clock,
                transaction,
                "Safepost <no-reply@jessegray.example>",
                portalUrl,
                secretLinks,
                letterhead);
    }
}
