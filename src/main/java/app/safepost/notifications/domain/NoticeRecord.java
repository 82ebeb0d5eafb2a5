package app.safepost.notifications.domain;

import app.safepost.database.SchoolRecord;
import app.safepost.notifications.NoticeId;
import app.safepost.notifications.NoticeSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** One in-app notice to one member of staff. */
@Entity
@Table(name = "notice")
@Audited
public class NoticeRecord extends SchoolRecord {

    @Column(nullable = false, length = 120)
    private String recipient;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected NoticeRecord() {}

    public NoticeRecord(String recipient, String subject, String body, String link, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public NoticeSummary summary() {
        return new NoticeSummary(new NoticeId(getId()), subject, body, link, createdAt, readAt);
    }
}
