package app.safepost.notifications.domain;

import app.safepost.notifications.Notice;
import app.safepost.notifications.SecretLinks;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail outbox. Notices queue e-mails here in their own transaction; {@link #deliverDue()} sends
 * those that are due, one transaction each, and backs off after a failure. While no mail server is
 * configured ({@code spring.mail.host} empty) e-mails stay queued and the in-app notices still work.
 * Each e-mail's row is locked while it is sent and its outcome recorded, so portal instances sharing
 * the database never send one twice; one that dies mid-send leaves the row to another instance.
 */
@Component
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboundEmailRepository emails;
    private final Supplier<@Nullable JavaMailSender> mail;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final String from;
    private final String portalUrl;
    private final List<SecretLinks> secretLinks;

    @Autowired
    Outbox(OutboundEmailRepository emails, ObjectProvider<JavaMailSender> mail, Clock clock,
           TransactionTemplate transaction,
           @Value("${safepost.notifications.from:Safepost <no-reply@safepost.invalid>}") String from,
           @Value("${safepost.notifications.portal-url:http://127.0.0.1:8080}") String portalUrl,
           List<SecretLinks> secretLinks) {
        this(emails, mail::getIfAvailable, clock, transaction, from, portalUrl, secretLinks);
    }

    /** With a mail sender of one's own: for tests against a particular mail server. */
    Outbox(OutboundEmailRepository emails, Supplier<@Nullable JavaMailSender> mail, Clock clock,
           TransactionTemplate transaction, String from, String portalUrl, List<SecretLinks> secretLinks) {
        this.emails = emails;
        this.mail = mail;
        this.clock = clock;
        this.transaction = transaction;
        this.from = from;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
        this.secretLinks = List.copyOf(secretLinks);
    }

    /** Queues an e-mail; call inside the transaction that makes the notice. */
    public void queue(String username, String address, Notice notice) {
        var body = notice.body();
        if (notice.link() != null) {
            body += "\n\nOpen it in Safepost: " + portalUrl + "/" + notice.link();
        }
        emails.save(new OutboundEmail(username, address, notice.subject(), body, clock.instant()));
    }

    /** Runs every minute (by default): sends what is due. */
    @Scheduled(initialDelayString = "${safepost.notifications.retry-interval:PT1M}",
            fixedDelayString = "${safepost.notifications.retry-interval:PT1M}")
    void deliverOnSchedule() {
        deliverDue();
    }

    /**
     * Sends every e-mail that is due, oldest first. After the first failure the rest wait for the
     * next run, so an unreachable server costs one time-out per run, not one per e-mail.
     *
     * @return how many were sent
     */
    public int deliverDue() {
        var sender = mail.get();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        while (true) {
            var delivered = transaction.execute(status -> emails.lockNextDue(clock.instant())
                    .flatMap(emails::findById).map(email -> send(sender, email)).orElse(null));
            if (!Boolean.TRUE.equals(delivered)) {
                return sent;
            }
            sent++;
        }
    }

    /**
     * The body with each secret-link placeholder replaced by a link made now, in the sending
     * transaction: a link whose e-mail fails to go is replaced when it is tried again.
     */
    private String withSecretLinks(String body) {
        var matcher = SecretLinks.PLACEHOLDER.matcher(body);
        var out = new StringBuilder();
        while (matcher.find()) {
            var kind = matcher.group(1);
            var link = secretLinks.stream().filter(s -> s.kind().equals(kind)).findFirst()
                    .flatMap(s -> s.mint(matcher.group(2)))
                    .map(path -> portalUrl + "/" + path)
                    .orElse("(this link is no longer available: ask the school for a new one)");
            matcher.appendReplacement(out, Matcher.quoteReplacement(link));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Sends one e-mail whose row the caller's transaction holds, and records the outcome in it. */
    private boolean send(JavaMailSender sender, OutboundEmail email) {
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email.getAddress());
        message.setSubject(email.getSubject());
        message.setText(withSecretLinks(email.getBody()));
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("E-mail to {} not sent (attempt {}): {}", email.getRecipient(), email.getAttempts() + 1,
                    e.getMessage());
            email.failed(clock.instant(), e.getMessage());
            return false;
        }
        email.sent(clock.instant());
        return true;
    }
}
