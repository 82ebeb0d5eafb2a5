package app.safepost.policies.domain;

import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * A member of staff's confirmation that they have read an adopted version and follow its staff rules
 * (P8: follow the school account only from a secure, private account; never follow parents or pupils).
 */
@Entity
@Table(name = "policy_acknowledgement")
@Audited
public class PolicyAcknowledgement extends SchoolRecord {

    @Column(name = "document_id", nullable = false)
    private UUID documentId;

    @Column(nullable = false, length = 120)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "confirmed_at", nullable = false)
    private Instant confirmedAt;

    protected PolicyAcknowledgement() {}

    public PolicyAcknowledgement(UUID documentId, String username, String displayName, Instant confirmedAt) {
        this.documentId = documentId;
        this.username = username;
        this.displayName = displayName;
        this.confirmedAt = confirmedAt;
    }

    public String getUsername() {
        return username;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
