package app.safepost.school.domain;

import app.safepost.database.SchoolRecord;
import app.safepost.school.DeviceRecognition.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A device key that was presented with an upload and did not count (P3): whose upload, when, why, and
 * the enrolment and device it once belonged to, if any. Never the key itself.
 */
@Entity
@Table(name = "device_key_refusal")
@Audited
public class DeviceKeyRefusal extends SchoolRecord {

    @Column(name = "enrolment_id")
    private @Nullable UUID enrolmentId;

    @Column(name = "device_id")
    private @Nullable UUID deviceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Refusal reason;

    @Column(name = "presented_by", nullable = false, length = 120)
    private String presentedBy;

    @Column(name = "presented_at", nullable = false)
    private Instant presentedAt;

    protected DeviceKeyRefusal() {}

    public DeviceKeyRefusal(
            @Nullable DeviceEnrolment enrolment, Refusal reason, String presentedBy, Instant presentedAt) {
        this.enrolmentId = enrolment == null ? null : enrolment.getId();
        this.deviceId = enrolment == null ? null : enrolment.getDeviceId();
        this.reason = reason;
        this.presentedBy = presentedBy;
        this.presentedAt = presentedAt;
    }
}
