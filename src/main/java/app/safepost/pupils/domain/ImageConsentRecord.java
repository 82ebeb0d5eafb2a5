package app.safepost.pupils.domain;

import app.safepost.database.SchoolRecord;
import app.safepost.pupils.ConsentSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * One image-consent decision for a pupil and one purpose (P14). Never changed once written: a new
 * decision is a new record. {@code recordedBy} is the member of staff, or the parent's name as they
 * gave it on the online form.
 */
@Entity
@Table(name = "image_consent_record")
@Audited
public class ImageConsentRecord extends SchoolRecord {

    /** By id, not association: the history is read per pupil and never navigated from the pupil. */
    @Column(name = "pupil_id", nullable = false)
    private UUID pupilId;

    @Column(nullable = false)
    private boolean consent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsentSource source;

    @Column(name = "recorded_on")
    private LocalDate recordedOn;

    @Column(name = "recorded_by", nullable = false, length = 120)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(length = 500)
    private String note;

    @Column(name = "purpose_code", nullable = false, length = 40)
    private String purposeCode;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    protected ImageConsentRecord() {}

    public ImageConsentRecord(
            UUID pupilId,
            String purposeCode,
            boolean consent,
            ConsentSource source,
            LocalDate recordedOn,
            LocalDate expiresOn,
            String recordedBy,
            Instant recordedAt,
            String note) {
        this.pupilId = pupilId;
        this.purposeCode = purposeCode;
        this.expiresOn = consent ? expiresOn : null;
        this.consent = consent;
        this.source = source;
        this.recordedOn = recordedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.note = note;
    }

    /** Retention: who recorded it (a parent's name, for the online form) is removed; the revision still says who. */
    public void forgetWhoRecorded(String replacement) {
        this.recordedBy = replacement;
    }

    public UUID getPupilId() {
        return pupilId;
    }

    public boolean isConsent() {
        return consent;
    }

    public ConsentSource getSource() {
        return source;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getNote() {
        return note;
    }

    public String getPurposeCode() {
        return purposeCode;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }
}
