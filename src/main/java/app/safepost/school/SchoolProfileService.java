package app.safepost.school;

import app.safepost.audit.AuditTrail;
import app.safepost.audit.RecordRevision;
import app.safepost.school.domain.School;
import app.safepost.school.domain.SchoolLogos;
import app.safepost.school.domain.SchoolRepository;
import app.safepost.security.Roles;
import app.safepost.security.SchoolInHand;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reads and edits the profile of the school in hand (or of a single school's portal's only school);
 * every edit is a revision in the audit trail.
 */
@Service
@Validated
public class SchoolProfileService {

    private final SchoolRepository schools;
    private final Schools portalSchools;
    private final SchoolLogos logos;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SchoolDirectory directory;

    SchoolProfileService(
            SchoolRepository schools,
            Schools portalSchools,
            SchoolLogos logos,
            AuditTrail auditTrail,
            Clock clock,
            ApplicationEventPublisher events,
            SchoolDirectory directory) {
        this.directory = directory;
        this.events = events;
        this.schools = schools;
        this.portalSchools = portalSchools;
        this.logos = logos;
        this.auditTrail = auditTrail;
        this.clock = clock;
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
        try {
            return Optional.of(theSchool().getName());
        } catch (SchoolInHand.NoSchoolInHand noSchool) {
            return Optional.empty();
        }
    }

    /** The username of the school's chair of governors, if SLT have named one. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<String> chairOfGovernors() {
        return Optional.ofNullable(theSchool().getChairOfGovernors());
    }

    /**
     * Names the chair of governors (null: nobody): a member of staff holding the governor role in this
     * school, else refused with the reason.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public void setChairOfGovernors(@Nullable String username) {
        if (username != null
                && directory
                        .staffMember(username)
                        .filter(s -> s.roles().contains(Roles.GOVERNOR))
                        .isEmpty()) {
            throw new IllegalArgumentException("The chair of governors must be one of the school's governors.");
        }
        theSchool().setChairOfGovernors(username);
    }

    /** Names the chair for a school that has none yet (the demo school); whether it did. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public boolean chairOfGovernorsIfUnset(String username) {
        if (theSchool().getChairOfGovernors() != null) {
            return false;
        }
        setChairOfGovernors(username);
        return true;
    }

    /** Saves the profile; refuses if someone else saved it since {@code change.version()} was read. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public SchoolProfile update(@Valid SchoolProfile change) {
        var school = theSchool();
        if (school.getVersion() != change.version()) {
            throw new ObjectOptimisticLockingFailureException(School.class, school.getId());
        }
        school.update(
                change.name().strip(),
                change.contactEmail().strip(),
                blankToNull(change.contactPhone()),
                blankToNull(change.address()),
                change.wholeSchoolHandle().strip());
        return toProfile(schools.saveAndFlush(school));
    }

    @PreAuthorize(Roles.IS_SLT_GOVERNOR_OR_TRUST)
    @Transactional(readOnly = true)
    public List<RecordRevision> history() {
        return auditTrail.historyOf(School.class, theSchool().getId());
    }

    /** The explorer's view of the profile's history (readers of the audit trail only). */
    @PreAuthorize(Roles.IS_SLT_GOVERNOR_OR_TRUST)
    @Transactional(readOnly = true)
    public String historyLink() {
        return auditTrail.historyLink(School.class, theSchool().getId());
    }

    /** Gives the school in hand this logo (PNG or JPEG, see {@link LogoImage}), replacing any other. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public void setLogo(byte[] bytes) {
        var image = LogoImage.check(bytes);
        var school = theSchool();
        var hash = SchoolLogos.sha256(bytes);
        logos.store(school.getId(), hash, image.mediaType(), bytes, clock.instant());
        school.setLogo(hash, image.mediaType());
        schools.saveAndFlush(school);
    }

    /** Takes the school in hand's logo away: the header shows its name alone. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public void removeLogo() {
        var school = theSchool();
        logos.delete(school.getId());
        school.removeLogo();
        schools.saveAndFlush(school);
    }

    /**
     * Adds the school with this URN if the portal has none, as the school in hand, which is not yet a
     * school of the portal: a school is created in its own hand, so that its creation is the first link
     * of its own revision chain and what it needs from the start ({@link SchoolAdded}) is its own. Used
     * when the demo schools are loaded.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public boolean createIfMissing(String urn, SchoolProfile profile) {
        if (schools.findByUrn(urn).isPresent()) {
            return false;
        }
        var id = SchoolInHand.required();
        schools.saveAndFlush(new School(
                id.value(),
                urn,
                profile.name(),
                profile.contactEmail(),
                blankToNull(profile.contactPhone()),
                blankToNull(profile.address()),
                profile.wholeSchoolHandle()));
        events.publishEvent(new SchoolAdded(id));
        return true;
    }

    private School theSchool() {
        return portalSchools.current();
    }

    private static SchoolProfile toProfile(School school) {
        return new SchoolProfile(
                school.getName(),
                school.getContactEmail(),
                nullToBlank(school.getContactPhone()),
                nullToBlank(school.getAddress()),
                school.getWholeSchoolHandle(),
                school.getVersion());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToBlank(String value) {
        return value == null ? "" : value;
    }
}
