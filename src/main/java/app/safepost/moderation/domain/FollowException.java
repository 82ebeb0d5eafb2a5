package app.safepost.moderation.domain;

import app.safepost.database.SchoolRecord;
import app.safepost.moderation.FollowExceptionStatus;
import app.safepost.moderation.FollowKind;
import app.safepost.moderation.ModerationRefused;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A request that a school account follow another account (P9), and SLT's decision on it. */
@Entity
@Table(name = "follow_exception")
@Audited
public class FollowException extends SchoolRecord {

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(nullable = false, length = 200)
    private String handle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FollowKind kind;

    @Column(nullable = false, length = 2000)
    private String justification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FollowExceptionStatus status = FollowExceptionStatus.REQUESTED;

    @Column(name = "requested_by", nullable = false, length = 120)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 120)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    protected FollowException() {}

    public FollowException(
            UUID accountId,
            String handle,
            FollowKind kind,
            String justification,
            String requestedBy,
            Instant requestedAt) {
        this.accountId = accountId;
        this.handle = handle;
        this.kind = kind;
        this.justification = justification;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** SLT decide a waiting request; the reason is kept with the decision. */
    public void decide(boolean approve, String reason, String by, Instant at) {
        if (status != FollowExceptionStatus.REQUESTED) {
            throw ModerationRefused.of("reason", "This request has already been decided.");
        }
        status = approve ? FollowExceptionStatus.APPROVED : FollowExceptionStatus.REFUSED;
        decidedBy = by;
        decidedAt = at;
        decisionReason = reason;
    }

    /** SLT stop following an approved account (for example at the annual review). */
    public void end(String reason, String by, Instant at) {
        if (status != FollowExceptionStatus.APPROVED) {
            throw ModerationRefused.of("reason", "Only a followed account can be unfollowed.");
        }
        status = FollowExceptionStatus.ENDED;
        decidedBy = by;
        decidedAt = at;
        decisionReason = reason;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public String getHandle() {
        return handle;
    }

    public FollowKind getKind() {
        return kind;
    }

    public String getJustification() {
        return justification;
    }

    public FollowExceptionStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
