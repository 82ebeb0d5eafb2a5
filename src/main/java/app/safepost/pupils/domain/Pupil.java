package app.safepost.pupils.domain;

import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A pupil on the roster, keyed by their unique pupil number (UPN). Names are stored as typed. */
@Entity
@Table(name = "pupil")
@Audited
public class Pupil extends SchoolRecord {

    @Column(nullable = false, length = 13)
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

    /** Parents' e-mail addresses for the online consent form, at most two, separated by ";". */
    @Column(name = "parent_emails", length = 510)
    private String parentEmails;

    @Column(nullable = false)
    private boolean archived;

    /** The day the pupil came off roll; retention counts from it. */
    @Column(name = "left_on")
    private LocalDate leftOn;

    /** The day names and UPN were replaced by retention; the record stays for the trail. */
    @Column(name = "pseudonymised_on")
    private LocalDate pseudonymisedOn;

    protected Pupil() {}

    /** A pupil on roll; their consents are {@link PupilConsent}s, recorded separately. */
    public Pupil(String upn, String firstName, String surname, String preferredName, UUID classId) {
        this.upn = upn;
        this.firstName = firstName;
        this.surname = surname;
        this.preferredName = preferredName;
        this.classId = classId;
    }

    /** Sets the names and class; {@code true} if anything changed, so an unchanged import writes no revision. */
    public boolean update(String firstName, String surname, String preferredName, UUID classId) {
        if (this.firstName.equals(firstName)
                && this.surname.equals(surname)
                && Objects.equals(this.preferredName, preferredName)
                && this.classId.equals(classId)) {
            return false;
        }
        this.firstName = firstName;
        this.surname = surname;
        this.preferredName = preferredName;
        this.classId = classId;
        return true;
    }

    /** Sets the parents' addresses; {@code true} if they changed. */
    public boolean changeParentEmails(List<String> addresses) {
        var joined = addresses.isEmpty() ? null : String.join(";", addresses);
        if (Objects.equals(parentEmails, joined)) {
            return false;
        }
        parentEmails = joined;
        return true;
    }

    public List<String> getParentEmails() {
        return parentEmails == null || parentEmails.isBlank() ? List.of() : Arrays.asList(parentEmails.split(";"));
    }

    /** Takes the pupil off roll on the given day; the record stays for the audit trail. */
    public void archive(LocalDate leftOn) {
        this.archived = true;
        this.leftOn = leftOn;
    }

    public void restore() {
        this.archived = false;
        this.leftOn = null;
    }

    /**
     * Replaces everything that names the pupil (names, UPN) by a pseudonym. Only for pupils who have
     * left; {@code pseudonymousUpn} keeps the UPN column unique.
     */
    public void pseudonymise(String pseudonymousUpn, LocalDate on) {
        if (!archived) {
            throw new IllegalStateException("Only pupils who have left are pseudonymised");
        }
        this.upn = pseudonymousUpn;
        this.firstName = PSEUDONYM_FIRST_NAME;
        this.surname = PSEUDONYM_SURNAME;
        this.preferredName = null;
        this.parentEmails = null;
        this.pseudonymisedOn = on;
    }

    public static final String PSEUDONYM_FIRST_NAME = "Former";
    public static final String PSEUDONYM_SURNAME = "pupil";

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public LocalDate getPseudonymisedOn() {
        return pseudonymisedOn;
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

    public boolean isArchived() {
        return archived;
    }
}
