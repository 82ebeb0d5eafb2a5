package app.safepost.pupils.domain;

import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * A consent form e-mailed to one parent address. Its token is made when the outbox sends the e-mail
 * (a retried e-mail gets a new one) and only the token's SHA-256 is kept: whoever reads the database
 * cannot open the form. It works once, within {@link #VALID_FOR_DAYS} days of sending.
 */
@Entity
@Table(name = "consent_form_link")
@Audited
public class ConsentFormLink extends SchoolRecord {

    public static final int VALID_FOR_DAYS = 30;

    /** The office sent the form, or the parent's confirmation offers to change the answers. */
    public static final String REQUEST = "request";

    public static final String CHANGE = "change";

    @Column(name = "pupil_id", nullable = false)
    private UUID pupilId;

    @Column(nullable = false, length = 254)
    private String address;

    @Column(nullable = false, length = 20)
    private String occasion;

    @Column(name = "requested_by", nullable = false, length = 120)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "token_hash", unique = true, length = 64)
    private String tokenHash;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "answered_by", length = 120)
    private String answeredBy;

    protected ConsentFormLink() {}

    /** A link of the school in hand, whose office sends it: the parent's page works in that school. */
    public ConsentFormLink(UUID pupilId, String address, String occasion, String requestedBy, Instant requestedAt) {
        this.pupilId = pupilId;
        this.address = address;
        this.occasion = occasion;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** The token of the e-mail being sent now replaces any made for an earlier attempt. */
    public void minted(String tokenHash, Instant at) {
        this.tokenHash = tokenHash;
        this.sentAt = at;
        this.expiresAt = at.plus(Duration.ofDays(VALID_FOR_DAYS));
    }

    public void used(String parentName, Instant at) {
        this.usedAt = at;
        this.answeredBy = parentName;
    }

    /** Retention: the parent's address and name are removed. */
    public void forgetTheParent(String replacement) {
        this.address = replacement;
        this.answeredBy = null;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean hasExpired(Instant now) {
        return expiresAt == null || !now.isBefore(expiresAt);
    }

    public UUID getPupilId() {
        return pupilId;
    }

    public String getAddress() {
        return address;
    }

    public String getOccasion() {
        return occasion;
    }
}
