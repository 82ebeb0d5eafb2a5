package app.safepost.pupils.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A pupil on the roster, keyed by their unique pupil number (UPN). Names are stored as typed. */
@Entity
@Table(name = "pupil")
@Audited
public class Pupil {

    @Id
    private UUID id = UUID.randomUUID();

    @Version
    private Long version;

    @Column(nullable = false, unique = true, length = 13)
    private String upn;

    @Column(name = "first_name", nullable = false, length = 60)
    private String firstName;

    @Column(nullable = false, length = 60)
    private String surname;

    @Column(name = "preferred_name", length = 60)
    private String preferredName;

    /** The class, by id: classes belong to the school module. */
    @Column(name = "class_id", nullable = false)
    private UUID classId;

    @Column(name = "image_consent", nullable = false)
    private boolean imageConsent;

    @Column(name = "consent_recorded_on")
    private LocalDate consentRecordedOn;

    @Column(nullable = false)
    private boolean archived;

    protected Pupil() {
    }

    public Pupil(String upn, String firstName, String surname, String preferredName, UUID classId,
                 boolean imageConsent, LocalDate consentRecordedOn) {
        this.upn = upn;
        this.firstName = firstName;
        this.surname = surname;
        this.preferredName = preferredName;
        this.classId = classId;
        this.imageConsent = imageConsent;
        this.consentRecordedOn = consentRecordedOn;
    }

    public UUID getId() {
        return id;
    }

    public String getUpn() {
        return upn;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getSurname() {
        return surname;
    }

    public String getPreferredName() {
        return preferredName;
    }

    public UUID getClassId() {
        return classId;
    }

    public boolean hasImageConsent() {
        return imageConsent;
    }

    public LocalDate getConsentRecordedOn() {
        return consentRecordedOn;
    }

    public boolean isArchived() {
        return archived;
    }
}
