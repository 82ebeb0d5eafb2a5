package app.safepost.pupils.domain;

import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * The Designated Safeguarding Lead's decision that a pupil may not appear in any post (a looked-after
 * or adopted child, a court order, a risk from an estranged parent). The reason is read only by the
 * DSL and the head teacher, on screen and in the audit trail ({@link NeverPublishReason}).
 */
@Entity
@Table(name = "never_publish_flag")
@Audited
public class NeverPublishFlag extends SchoolRecord {

    @Column(name = "pupil_id", nullable = false, unique = true)
    private UUID pupilId;

    @Column(name = "never_publish", nullable = false)
    private boolean neverPublish;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 120)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected NeverPublishFlag() {}

    public NeverPublishFlag(UUID pupilId) {
        this.pupilId = pupilId;
    }

    public void change(boolean neverPublish, String reason, String by, Instant at) {
        this.neverPublish = neverPublish;
        this.reason = reason;
        this.changedBy = by;
        this.changedAt = at;
    }

    public UUID getPupilId() {
        return pupilId;
    }

    public boolean isNeverPublish() {
        return neverPublish;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
