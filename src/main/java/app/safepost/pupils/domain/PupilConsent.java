package app.safepost.pupils.domain;

import app.safepost.database.SchoolRecord;
import app.safepost.pupils.ConsentNow;
import app.safepost.pupils.ConsentSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A pupil's answer for one purpose as it stands (P14). Each decision is also kept in
 * {@link ImageConsentRecord}; this row is what every screen and check reads.
 */
@Entity
@Table(name = "pupil_consent")
@Audited
public class PupilConsent extends SchoolRecord {

    @Column(name = "pupil_id", nullable = false)
    private UUID pupilId;

    @Column(name = "purpose_code", nullable = false, length = 40)
    private String purposeCode;

    @Column(nullable = false)
    private boolean consent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsentSource source;

    @Column(name = "recorded_on")
    private LocalDate recordedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "recorded_by", nullable = false, length = 120)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(length = 500)
    private String note;

    /** When the portal listed the posts under its expiry (once per expiry). */
    @Column(name = "expiry_followed_up_at")
    private Instant expiryFollowedUpAt;

    protected PupilConsent() {}

    public PupilConsent(UUID pupilId, String purposeCode) {
        this.pupilId = pupilId;
        this.purposeCode = purposeCode;
    }

    /** Whether this decision would change what is recorded (answer, date given or expiry). */
    public boolean differsFrom(boolean consent, @Nullable LocalDate recordedOn, @Nullable LocalDate expiresOn) {
        return !isSaved()
                || this.consent != consent
                || !Objects.equals(this.recordedOn, recordedOn)
                || !Objects.equals(this.expiresOn, expiresOn);
    }

    public void record(
            boolean consent,
            ConsentSource source,
            @Nullable LocalDate recordedOn,
            @Nullable LocalDate expiresOn,
            String recordedBy,
            Instant recordedAt,
            @Nullable String note) {
        this.consent = consent;
        this.source = source;
        this.recordedOn = recordedOn;
        this.expiresOn = consent ? expiresOn : null;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.note = note;
        this.expiryFollowedUpAt = null;
    }

    /** Retention: who recorded it (a parent's name, for the online form) is removed; the revision still says who. */
    public void forgetWhoRecorded(String replacement) {
        this.recordedBy = replacement;
    }

    public void expiryFollowedUp(Instant at) {
        this.expiryFollowedUpAt = at;
    }

    public ConsentNow now() {
        return new ConsentNow(purposeCode, consent, recordedOn, expiresOn, source, recordedBy, recordedAt, note);
    }

    public UUID getPupilId() {
        return pupilId;
    }

    public String getPurposeCode() {
        return purposeCode;
    }

    public boolean isConsent() {
        return consent;
    }

    public @Nullable LocalDate getExpiresOn() {
        return expiresOn;
    }

    public @Nullable LocalDate getRecordedOn() {
        return recordedOn;
    }
}
