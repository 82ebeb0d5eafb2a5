package app.safepost.moderation.domain;

import app.safepost.database.SchoolRecord;
import app.safepost.moderation.BlockOutcome;
import app.safepost.moderation.BlockReason;
import app.safepost.moderation.FollowerDecisionKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** One decision about a follower: flagged, allowed, blocked (with evidence and the platform's answer), unblocked. */
@Entity
@Table(name = "follower_decision")
@Audited
public class FollowerDecision extends SchoolRecord {

    @Column(name = "follower_id", nullable = false)
    private UUID followerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FollowerDecisionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_category", length = 30)
    private BlockReason reasonCategory;

    @Column(length = 2000)
    private String reason;

    @Column(name = "evidence_link", length = 500)
    private String evidenceLink;

    @Column(name = "screenshot_media_id")
    private UUID screenshotMediaId;

    @Enumerated(EnumType.STRING)
    @Column(name = "platform_outcome", length = 20)
    private BlockOutcome platformOutcome;

    @Column(name = "platform_detail", length = 500)
    private String platformDetail;

    @Column(name = "platform_reference", length = 300)
    private String platformReference;

    @Column(name = "incident_id")
    private UUID incidentId;

    @Column(name = "decided_by", nullable = false, length = 120)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected FollowerDecision() {}

    public FollowerDecision(
            UUID followerId, FollowerDecisionKind kind, @Nullable String reason, String decidedBy, Instant decidedAt) {
        this.followerId = followerId;
        this.kind = kind;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public FollowerDecision evidence(
            BlockReason category, @Nullable String link, @Nullable UUID screenshot, @Nullable UUID incident) {
        this.reasonCategory = category;
        this.evidenceLink = link;
        this.screenshotMediaId = screenshot;
        this.incidentId = incident;
        return this;
    }

    /**
     * The platform's answer to a block or unblock.
     *
     * @param reference what the platform made of a block (Bluesky's block record), to lift it later
     */
    public FollowerDecision platform(BlockOutcome outcome, String detail, @Nullable String reference) {
        this.platformOutcome = outcome;
        this.platformDetail = detail;
        this.platformReference = reference == null || reference.length() > 300 ? null : reference;
        return this;
    }

    public UUID getFollowerId() {
        return followerId;
    }

    public FollowerDecisionKind getKind() {
        return kind;
    }

    public BlockReason getReasonCategory() {
        return reasonCategory;
    }

    public String getReason() {
        return reason;
    }

    public String getEvidenceLink() {
        return evidenceLink;
    }

    public UUID getScreenshotMediaId() {
        return screenshotMediaId;
    }

    public BlockOutcome getPlatformOutcome() {
        return platformOutcome;
    }

    public String getPlatformDetail() {
        return platformDetail;
    }

    public @Nullable String getPlatformReference() {
        return platformReference;
    }

    public UUID getIncidentId() {
        return incidentId;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
