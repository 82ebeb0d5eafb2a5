package app.safepost.school;

import app.safepost.audit.AuditTrail;
import app.safepost.audit.RecordRevision;
import app.safepost.security.Roles;
import app.safepost.school.domain.School;
import app.safepost.school.domain.SchoolRepository;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Reads and edits the school's profile; every edit is a revision in the audit trail. */
@Service
@Validated
public class SchoolProfileService {

    private final SchoolRepository schools;
    private final AuditTrail auditTrail;

    SchoolProfileService(SchoolRepository schools, AuditTrail auditTrail) {
        this.schools = schools;
        this.auditTrail = auditTrail;
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public SchoolProfile profile() {
        return toProfile(theSchool());
    }

    /** The school's name, once it has a profile: neither the policy checks nor the name mask take it for a pupil's. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<String> schoolName() {
        return schools.findTheSchool().map(School::getName);
    }

    /** Saves the profile; refuses if someone else saved it since {@code change.version()} was read. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public SchoolProfile update(@Valid SchoolProfile change) {
        var school = theSchool();
        if (school.getVersion() != change.version()) {
            throw new ObjectOptimisticLockingFailureException(School.class, school.getId());
        }
        school.update(change.name().strip(), change.contactEmail().strip(), blankToNull(change.contactPhone()),
                blankToNull(change.address()), change.wholeSchoolHandle().strip());
        return toProfile(schools.saveAndFlush(school));
    }

    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    @Transactional(readOnly = true)
    public List<RecordRevision> history() {
        return auditTrail.historyOf(School.class, theSchool().getId());
    }

    /** The explorer's view of the profile's history (readers of the audit trail only). */
    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    @Transactional(readOnly = true)
    public String historyLink() {
        return auditTrail.historyLink(School.class, theSchool().getId());
    }

    /** Creates the profile if the portal has none yet; used when the demo school is loaded. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public boolean createIfMissing(SchoolProfile profile) {
        if (schools.findTheSchool().isPresent()) {
            return false;
        }
        schools.save(new School(profile.name(), profile.contactEmail(), blankToNull(profile.contactPhone()),
                blankToNull(profile.address()), profile.wholeSchoolHandle()));
        return true;
    }

    private School theSchool() {
        return schools.findTheSchool().orElseThrow(() -> new IllegalStateException("The school has no profile yet"));
    }

    private static SchoolProfile toProfile(School school) {
        return new SchoolProfile(school.getName(), school.getContactEmail(), nullToBlank(school.getContactPhone()),
                nullToBlank(school.getAddress()), school.getWholeSchoolHandle(), school.getVersion());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToBlank(String value) {
        return value == null ? "" : value;
    }
}
