package app.safepost.notifications.domain;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Clock;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/** The portal's e-mail outbox delivering to a test's own mail server (GreenMail) instead of the configured one. */
public final class MailServerOutbox {

    private MailServerOutbox() {
    }

    public static Outbox delivering(GreenMailExtension mailServer, OutboundEmailRepository emails, Clock clock,
                                    TransactionTemplate transaction) {
        return delivering(mailServer.getSmtp().getPort(), emails, clock, transaction);
    }

    /** Delivering to whatever listens on this loopback port (or nothing, for a mail server that is down). */
    public static Outbox delivering(int port, OutboundEmailRepository emails, Clock clock,
                                    TransactionTemplate transaction) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        var properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(properties);
        return new Outbox(emails, () -> sender, clock, transaction, "Safepost <no-reply@jessegray.example>",
                "http://127.0.0.1:8080/");
    }
}
