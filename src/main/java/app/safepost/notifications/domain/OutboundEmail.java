package app.safepost.notifications.domain;

import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** An e-mail waiting in the outbox, sent, or given up on after too many failed attempts. */
@Entity
@Table(name = "outbound_email")
@Audited
public class OutboundEmail extends SchoolRecord {

    /** Attempts before an e-mail is given up on: with the back-off below, a little over a day. */
    static final int MAX_ATTEMPTS = 30;

    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    @Column(nullable = false, length = 120)
    private String recipient;

    @Column(nullable = false, length = 254)
    private String address;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected OutboundEmail() {}

    public OutboundEmail(String recipient, String address, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.address = address;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant at) {
        attempts++;
        status = Status.SENT;
        sentAt = at;
        lastError = null;
    }

    /** A failed attempt: wait 1, 2, 4 … minutes (at most an hour) before the next, or give up. */
    void failed(Instant at, String error) {
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 500));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            return;
        }
        var wait = Duration.ofMinutes(1L << Math.min(attempts - 1, 6));
        nextAttemptAt = at.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    public String getRecipient() {
        return recipient;
    }

    public String getAddress() {
        return address;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }
}
