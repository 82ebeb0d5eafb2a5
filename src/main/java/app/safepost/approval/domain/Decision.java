package app.safepost.approval.domain;

import app.safepost.approval.ReviewDecision;
import app.safepost.database.SchoolOwned;
import app.safepost.drafting.DraftId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** SLT's decision on one version of a draft: written once, in the audit trail with who made it. */
@Entity
@Table(name = "review_decision")
@Audited
public class Decision extends SchoolOwned {

    public static final String APPROVED = "approved";
    public static final String SCHEDULED = "scheduled";
    public static final String REJECTED = "rejected";
    /** SLT moved an approved post to another time; the approval of its unchanged content stands. */
    public static final String MOVED = "moved";

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "draft_id", nullable = false)
    private UUID draftId;

    @Column(name = "draft_version", nullable = false)
    private long draftVersion;

    @Column(nullable = false, length = 20)
    private String outcome;

    @Column(length = 2000)
    private String comment;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "device_override_reason", length = 500)
    private String deviceOverrideReason;

    @Column(name = "decided_by", nullable = false, length = 120)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected Decision() {}

    public Decision(
            UUID draftId,
            long draftVersion,
            String outcome,
            String comment,
            Instant publishAt,
            String deviceOverrideReason,
            String decidedBy,
            Instant decidedAt) {
        this.draftId = draftId;
        this.draftVersion = draftVersion;
        this.outcome = outcome;
        this.comment = comment;
        this.publishAt = publishAt;
        this.deviceOverrideReason = deviceOverrideReason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public ReviewDecision summary() {
        return new ReviewDecision(
                new DraftId(draftId),
                draftVersion,
                outcome,
                comment,
                publishAt,
                deviceOverrideReason,
                decidedBy,
                decidedAt);
    }

    public UUID getDraftId() {
        return draftId;
    }
}
