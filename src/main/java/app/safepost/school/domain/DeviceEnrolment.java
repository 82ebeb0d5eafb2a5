package app.safepost.school.domain;

import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * A browser enrolled as a school iPad (P3): the hash of the key it keeps, who enrolled it and when,
 * and, once it stops working, who ended it, when and why. The key's hash is not kept in the audit trail.
 */
@Entity
@Table(name = "device_enrolment")
@Audited
public class DeviceEnrolment extends SchoolRecord {

    /** Why an enrolment stopped working. */
    public enum EndReason {
        /** The office revoked it. */
        REVOKED,
        /** The device was enrolled again, on this browser or another. */
        REPLACED,
        /** The device was retired. */
        RETIRED
    }

    @Column(name = "device_id", nullable = false)
    private UUID deviceId;

    @NotAudited
    @Column(name = "key_sha256", nullable = false, unique = true, length = 64)
    private String keySha256;

    @Column(name = "enrolled_by", nullable = false, length = 120)
    private String enrolledBy;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "ended_by", length = 120)
    private @Nullable String endedBy;

    @Column(name = "ended_at")
    private @Nullable Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 20)
    private @Nullable EndReason endReason;

    protected DeviceEnrolment() {}

    public DeviceEnrolment(UUID deviceId, String keySha256, String enrolledBy, Instant enrolledAt) {
        this.deviceId = deviceId;
        this.keySha256 = keySha256;
        this.enrolledBy = enrolledBy;
        this.enrolledAt = enrolledAt;
    }

    public void end(EndReason reason, String by, Instant at) {
        if (endedAt == null) {
            this.endReason = reason;
            this.endedBy = by;
            this.endedAt = at;
        }
    }

    public boolean isCurrent() {
        return endedAt == null;
    }

    public UUID getDeviceId() {
        return deviceId;
    }

    public String getEnrolledBy() {
        return enrolledBy;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public @Nullable EndReason getEndReason() {
        return endReason;
    }
}
