package app.safepost.moderation.domain;

import app.safepost.database.SchoolRecord;
import app.safepost.moderation.SyncOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** One synchronisation of one account's followers: who or what ran it, when, and what came of it. */
@Entity
@Table(name = "follower_sync")
@Audited
public class FollowerSync extends SchoolRecord {

    static final int MAX_DETAIL = 1000;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "run_by", nullable = false, length = 120)
    private String runBy;

    @Column(nullable = false)
    private boolean scheduled;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SyncOutcome outcome;

    @Column(nullable = false)
    private int found;

    @Column(nullable = false)
    private int added;

    @Column(nullable = false)
    private int gone;

    @Column(nullable = false, length = MAX_DETAIL)
    private String detail;

    protected FollowerSync() {}

    public FollowerSync(
            UUID accountId,
            String runBy,
            boolean scheduled,
            Instant startedAt,
            Instant finishedAt,
            SyncOutcome outcome,
            int found,
            int added,
            int gone,
            String detail) {
        this.accountId = accountId;
        this.runBy = runBy;
        this.scheduled = scheduled;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.outcome = outcome;
        this.found = found;
        this.added = added;
        this.gone = gone;
        this.detail = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL - 1) + "…" : detail;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public String getRunBy() {
        return runBy;
    }

    public boolean isScheduled() {
        return scheduled;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public SyncOutcome getOutcome() {
        return outcome;
    }

    public int getFound() {
        return found;
    }

    public int getAdded() {
        return added;
    }

    public int getGone() {
        return gone;
    }

    public String getDetail() {
        return detail;
    }
}
