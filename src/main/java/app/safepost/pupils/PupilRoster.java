package app.safepost.pupils;

import app.safepost.pupils.domain.Pupil;
import app.safepost.pupils.domain.PupilRepository;
import app.safepost.school.ClassId;
import app.safepost.security.Roles;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pupil roster. Every read is checked against who is asking (least privilege). */
@Service
public class PupilRoster {

    private final PupilRepository pupils;

    PupilRoster(PupilRepository pupils) {
        this.pupils = pupils;
    }

    /** Whole-school figures: office and SLT only. */
    @PreAuthorize("hasAnyRole('" + Roles.OFFICE + "','" + Roles.SLT + "')")
    @Transactional(readOnly = true)
    public RosterFigures figures() {
        return new RosterFigures(pupils.countByArchivedFalse(), pupils.countByArchivedFalseAndImageConsentFalse());
    }

    /** Pupils on roll in the given classes: for teachers' and TAs' own classes. */
    @PreAuthorize("hasAnyRole('" + Roles.TEACHER + "','" + Roles.TEACHING_ASSISTANT + "','" + Roles.SLT + "')")
    @Transactional(readOnly = true)
    public long pupilsIn(Collection<ClassId> classes) {
        if (classes.isEmpty()) {
            return 0;
        }
        return pupils.countByArchivedFalseAndClassIdIn(classes.stream().map(ClassId::value).toList());
    }

    /** Adds a pupil unless one with that UPN exists; {@code true} if added. Used for the demo roster. */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public boolean enrolIfMissing(String upn, String firstName, String surname, String preferredName, ClassId classId,
                                  boolean imageConsent, LocalDate consentRecordedOn) {
        if (pupils.existsByUpn(upn)) {
            return false;
        }
        pupils.save(new Pupil(upn, firstName, surname, preferredName == null || preferredName.isBlank()
                ? null : preferredName, classId.value(), imageConsent, consentRecordedOn));
        return true;
    }
}
