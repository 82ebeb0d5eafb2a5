package app.safepost.accounts.domain;

import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** SLT's grant to a named teacher to run an account for a school trip (P2). */
@Entity
@Table(name = "trip_delegation")
@Audited
public class TripDelegation extends SchoolRecord {

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "delegate_username", nullable = false, length = 120)
    private String delegateUsername;

    @Column(name = "trip_name", nullable = false, length = 120)
    private String tripName;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "granted_by", nullable = false, length = 120)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "revoked_by", length = 120)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "start_announced_at")
    private Instant startAnnouncedAt;

    @Column(name = "end_announced_at")
    private Instant endAnnouncedAt;

    protected TripDelegation() {}

    public TripDelegation(
            UUID accountId,
            String delegateUsername,
            String tripName,
            Instant startsAt,
            Instant endsAt,
            String reason,
            String grantedBy,
            Instant grantedAt) {
        this.accountId = accountId;
        this.delegateUsername = delegateUsername;
        this.tripName = tripName;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public TripDelegationRules.Window window() {
        return new TripDelegationRules.Window(startsAt, endsAt, revokedAt, tripName);
    }

    /** Ends the delegation now; {@code false} if it was already revoked or over. */
    public boolean revoke(String by, Instant at) {
        if (revokedAt != null || !at.isBefore(endsAt)) {
            return false;
        }
        revokedBy = by;
        revokedAt = at;
        return true;
    }

    /** The start is due to be announced: it began, it was never announced, and it is still in force. */
    public boolean startDueAt(Instant now) {
        return startAnnouncedAt == null && revokedAt == null && !startsAt.isAfter(now) && endsAt.isAfter(now);
    }

    /** The end is due to be announced: it ran out or was revoked, and that was never announced. */
    public boolean endDueAt(Instant now) {
        return endAnnouncedAt == null && (revokedAt != null || !endsAt.isAfter(now));
    }

    public void startAnnounced(Instant at) {
        startAnnouncedAt = at;
    }

    public void endAnnounced(Instant at) {
        endAnnouncedAt = at;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public String getDelegateUsername() {
        return delegateUsername;
    }

    public String getTripName() {
        return tripName;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getReason() {
        return reason;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
