package app.safepost.moderation.domain;

import app.safepost.database.SchoolOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * Which portal instance is synchronising an account's followers, until when, and the last day the
 * nightly run took it. Claimed with {@code FOR UPDATE SKIP LOCKED} and committed before any platform is
 * called, so two instances never synchronise one account at once and the nightly run takes each
 * account once a day.
 */
@Entity
@Table(name = "follower_sync_claim")
@Audited
public class FollowerSyncClaim extends SchoolOwned {

    @Id
    @Column(name = "account_id")
    private UUID accountId;

    @Version
    private Long version;

    @Column(name = "scheduled_on")
    private LocalDate scheduledOn;

    @Column(name = "held_by", length = 100)
    private String heldBy;

    @Column(name = "held_until")
    private Instant heldUntil;

    protected FollowerSyncClaim() {}

    public FollowerSyncClaim(UUID accountId) {
        this.accountId = accountId;
    }

    /** Held by this instance until the lease runs out; the nightly run also marks the day. */
    public void hold(String instance, Instant until, @Nullable LocalDate scheduledDay) {
        heldBy = instance;
        heldUntil = until;
        if (scheduledDay != null) {
            scheduledOn = scheduledDay;
        }
    }

    public boolean heldBy(String instance) {
        return instance.equals(heldBy);
    }

    public void release() {
        heldBy = null;
        heldUntil = null;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public @Nullable LocalDate getScheduledOn() {
        return scheduledOn;
    }
}
