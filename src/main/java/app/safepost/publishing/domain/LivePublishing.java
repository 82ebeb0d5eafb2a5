package app.safepost.publishing.domain;

import app.safepost.database.SchoolOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** Whether an account's approved posts go to the real platform (true) or to the sandbox. */
@Entity
@Table(name = "live_publishing")
@Audited
public class LivePublishing extends SchoolOwned {

    @Id
    @Column(name = "account_id")
    private UUID accountId;

    @Version
    private Long version;

    @Column(nullable = false)
    private boolean live;

    @Column(name = "changed_by", nullable = false, length = 120)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected LivePublishing() {}

    public LivePublishing(UUID accountId) {
        this.accountId = accountId;
    }

    public void set(boolean live, String by, Instant at) {
        this.live = live;
        this.changedBy = by;
        this.changedAt = at;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public boolean isLive() {
        return live;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
