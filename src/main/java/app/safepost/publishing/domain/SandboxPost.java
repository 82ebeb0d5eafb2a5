package app.safepost.publishing.domain;

import app.safepost.accounts.Platform;
import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** What the sandbox publisher would have sent to the platform, kept instead of sending it. */
@Entity
@Table(name = "sandbox_post")
@Audited
public class SandboxPost extends SchoolRecord {

    @Column(name = "idempotency_key", nullable = false, unique = true, length = 64)
    private String idempotencyKey;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(nullable = false, length = 200)
    private String handle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Platform platform;

    @Column(name = "post_text", nullable = false, columnDefinition = "text")
    private String text;

    @Column(name = "photo_alt_texts", nullable = false, columnDefinition = "text")
    private String photoAltTexts;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected SandboxPost() {}

    public SandboxPost(
            String idempotencyKey,
            UUID accountId,
            String handle,
            Platform platform,
            String text,
            String photoAltTexts,
            Instant sentAt) {
        this.idempotencyKey = idempotencyKey;
        this.accountId = accountId;
        this.handle = handle;
        this.platform = platform;
        this.text = text;
        this.photoAltTexts = photoAltTexts;
        this.sentAt = sentAt;
    }

    public void delete(Instant at) {
        if (deletedAt == null) {
            deletedAt = at;
        }
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getHandle() {
        return handle;
    }

    public String getText() {
        return text;
    }

    public String getPhotoAltTexts() {
        return photoAltTexts;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }
}
