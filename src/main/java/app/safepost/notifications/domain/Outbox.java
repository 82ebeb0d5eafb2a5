package app.safepost.notifications.domain;

import app.safepost.notifications.Notice;
import app.safepost.notifications.SecretLinks;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
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
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The e-mail outbox. Notices queue e-mails here in their own transaction; {@link #deliverDue()} sends
 * those that are due, one transaction each, and backs off after a failure. While no mail server is
 * configured ({@code spring.mail.host} empty) e-mails stay queued and the in-app notices still work.
 * Each e-mail's row is locked while it is sent and its outcome recorded, so portal instances sharing
 * the database never send one twice; one that dies mid-send leaves the row to another instance.
 * Each e-mail is written as the school it is for ({@link SchoolLetterhead}): the school's name before
 * the subject, as the sender's display name (the address stays the portal's) and at the top and foot of
 * the text; a school with a logo sends an HTML part too, with the logo inline.
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
    private final SchoolLetterhead letterhead;

    @Autowired
    Outbox(
            OutboundEmailRepository emails,
            ObjectProvider<JavaMailSender> mail,
            Clock clock,
            TransactionTemplate transaction,
            @Value("${safepost.notifications.from:Safepost <no-reply@safepost.invalid>}") String from,
            @Value("${safepost.notifications.portal-url:http://127.0.0.1:8080}") String portalUrl,
            List<SecretLinks> secretLinks,
            SchoolLetterhead letterhead) {
        this(emails, mail::getIfAvailable, clock, transaction, from, portalUrl, secretLinks, letterhead);
    }

    /** With a mail sender of one's own: for tests against a particular mail server. */
    Outbox(
            OutboundEmailRepository emails,
            Supplier<@Nullable JavaMailSender> mail,
            Clock clock,
            TransactionTemplate transaction,
            String from,
            String portalUrl,
            List<SecretLinks> secretLinks,
            SchoolLetterhead letterhead) {
        this.letterhead = letterhead;
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

    /**
     * Sends every e-mail of the school in hand that is due, oldest first ({@link OutboxSchedule} runs it
     * in each school). After the first failure the rest wait for the
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
                    .flatMap(emails::findById)
                    .map(email -> send(sender, email))
                    .orElse(null));
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
            var link = secretLinks.stream()
                    .filter(s -> s.kind().equals(kind))
                    .findFirst()
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
        var heading = letterhead.ofWork();
        try {
            sender.send(message(sender, email, heading));
        } catch (MailException e) {
            log.warn(
                    "E-mail to {} not sent (attempt {}): {}",
                    email.getRecipient(),
                    email.getAttempts() + 1,
                    e.getMessage());
            email.failed(clock.instant(), e.getMessage());
            return false;
        }
        email.sent(clock.instant());
        return true;
    }

    /** The e-mail as the school sends it: its name in the subject, the sender's name and the text. */
    private MimeMessage message(JavaMailSender sender, OutboundEmail email, SchoolLetterhead.Heading heading) {
        var school = heading.schoolName();
        var text = school + "\n\n" + withSecretLinks(email.getBody()) + "\n\n--\nSent by Safepost for " + school + ".";
        var message = sender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, heading.logo().isPresent(), StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(sendingAddress(), school, StandardCharsets.UTF_8.name()));
            helper.setTo(email.getAddress());
            helper.setSubject(school + ": " + email.getSubject());
            if (heading.logo().isEmpty()) {
                helper.setText(text);
            } else {
                var logo = heading.logo().get();
                helper.setText(text, html(text, school));
                helper.addInline(LOGO_ID, new ByteArrayResource(logo.bytes()), logo.mediaType());
            }
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("The e-mail to " + email.getRecipient() + " could not be made", e);
        }
        return message;
    }

    private static final String LOGO_ID = "school-logo";

    /** The text as HTML under the school's logo, for mail programs that show it. */
    private static String html(String text, String school) {
        return "<!DOCTYPE html><html lang=\"en-GB\"><body><p><img src=\"cid:" + LOGO_ID + "\" alt=\""
                + HtmlUtils.htmlEscape(school + " logo") + "\" style=\"max-height:80px\"></p>"
                + "<div style=\"white-space:pre-wrap\">" + HtmlUtils.htmlEscape(text) + "</div></body></html>";
    }

    /** The address of the configured sender, without its display name: the school's name replaces it. */
    private String sendingAddress() throws AddressException {
        return new InternetAddress(from).getAddress();
    }
}
