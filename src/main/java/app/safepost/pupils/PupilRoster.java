package app.safepost.pupils;

import app.safepost.audit.AuditTrail;
import app.safepost.audit.RecordRevision;
import app.safepost.pupils.domain.ImageConsentRecord;
import app.safepost.pupils.domain.ImageConsentRecordRepository;
import app.safepost.pupils.domain.Pupil;
import app.safepost.pupils.domain.PupilRepository;
import app.safepost.pupils.domain.RosterCsv;
import app.safepost.pupils.domain.RosterDiff;
import app.safepost.school.ClassId;
import app.safepost.school.ClassSummary;
import app.safepost.school.SchoolDirectory;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The pupil roster and its image consents. Every read is checked against who is asking (least
 * privilege): the office and SLT get full {@link PupilRecord}s, teachers and TAs get
 * {@link ClassPupil}s of their own classes only, governors get nothing.
 */
@Service
@Validated
public class PupilRoster {

    static final String OFFICE_OR_SLT = "hasAnyRole('" + Roles.OFFICE + "','" + Roles.SLT + "')";
    static final String STAFF_WHO_SEE_PUPILS = "hasAnyRole('" + Roles.OFFICE + "','" + Roles.SLT + "','"
            + Roles.TEACHER + "','" + Roles.TEACHING_ASSISTANT + "')";

    private final PupilRepository pupils;
    private final ImageConsentRecordRepository consents;
    private final SchoolDirectory directory;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PupilRoster(PupilRepository pupils, ImageConsentRecordRepository consents, SchoolDirectory directory,
                AuditTrail auditTrail, ApplicationEventPublisher events, Clock clock) {
        this.pupils = pupils;
        this.consents = consents;
        this.directory = directory;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    /** Whole-school figures: office and SLT only. */
    @PreAuthorize(OFFICE_OR_SLT)
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

    /** Full records, by class then surname: office and SLT only. */
    @PreAuthorize(OFFICE_OR_SLT)
    @Transactional(readOnly = true)
    public List<PupilRecord> records(boolean includeArchived) {
        var classes = classesById();
        var list = includeArchived ? pupils.findAll() : pupils.findByArchived(false);
        return list.stream().map(p -> toRecord(p, classes))
                .sorted(Comparator.comparingInt((PupilRecord r) -> yearOrder(classes, r.classId()))
                        .thenComparing(PupilRecord::surname).thenComparing(PupilRecord::firstName))
                .toList();
    }

    @PreAuthorize(OFFICE_OR_SLT)
    @Transactional(readOnly = true)
    public Optional<PupilRecord> record(PupilId id) {
        return pupils.findById(id.value()).map(p -> toRecord(p, classesById()));
    }

    /**
     * The pupils of the classes the caller teaches or supports; the office and SLT see every class.
     * First names, preferred names, initials and consent only.
     */
    @PreAuthorize(STAFF_WHO_SEE_PUPILS)
    @Transactional(readOnly = true)
    public List<ClassPupil> classPupils() {
        var visible = visibleClasses();
        var byId = visible.stream().collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
        return pupils.findByArchivedFalseAndClassIdIn(byId.keySet()).stream()
                .map(p -> toClassPupil(p, byId.get(p.getClassId())))
                .sorted(Comparator.comparingInt((ClassPupil p) -> byId.get(p.classId().value()).yearOrder())
                        .thenComparing(ClassPupil::className).thenComparing(ClassPupil::firstName))
                .toList();
    }

    /**
     * The UPN of every pupil on roll the caller may see, by id. Drafts record the pupils in a photo by
     * UPN, as the API does; screens keep the UPN on the server and show first names.
     */
    @PreAuthorize(STAFF_WHO_SEE_PUPILS)
    @Transactional(readOnly = true)
    public Map<PupilId, String> upnsOfVisiblePupils() {
        var visible = visibleClasses().stream().map(c -> c.id().value()).collect(Collectors.toSet());
        return pupils.findByArchivedFalseAndClassIdIn(visible).stream()
                .collect(Collectors.toMap(p -> new PupilId(p.getId()), Pupil::getUpn));
    }

    /** One class's pupils; a teacher or TA asking for a class that is not theirs is refused. */
    @PreAuthorize(STAFF_WHO_SEE_PUPILS)
    @Transactional(readOnly = true)
    public List<ClassPupil> classPupils(ClassId classId) {
        var schoolClass = visibleClasses().stream().filter(c -> c.id().equals(classId)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Not one of your classes"));
        return pupils.findByArchivedFalseAndClassIdIn(List.of(classId.value())).stream()
                .map(p -> toClassPupil(p, schoolClass))
                .sorted(Comparator.comparing(ClassPupil::firstName))
                .toList();
    }

    /** Per class, who may not be photographed (P14/P15): for staff-room lists. */
    @PreAuthorize(STAFF_WHO_SEE_PUPILS)
    @Transactional(readOnly = true)
    public List<ClassConsent> consentOverview() {
        var byClass = classPupils().stream().collect(Collectors.groupingBy(ClassPupil::classId));
        return visibleClasses().stream().map(c -> {
            var inClass = byClass.getOrDefault(c.id(), List.of());
            return new ClassConsent(c.id(), c.name(), inClass.size(),
                    inClass.stream().filter(p -> !p.imageConsent()).toList());
        }).toList();
    }

    /** What importing this roster file would do; changes nothing. */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional(readOnly = true)
    public RosterImportPreview previewImport(byte[] csv) {
        var classes = directory.classes();
        var parsed = RosterCsv.parse(csv, classes.stream().map(ClassSummary::name).toList());
        if (!parsed.valid()) {
            return new RosterImportPreview(List.of(), parsed.problems());
        }
        return new RosterImportPreview(plan(parsed, classes).changes(), List.of());
    }

    /**
     * Imports a roster file: all or nothing, upsert by UPN, pupils missing from the file archived.
     * A consent changed from yes to no publishes {@link ImageConsentWithdrawn}.
     *
     * @throws RosterImportRejected if any line is invalid; then nothing has changed
     */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public RosterImportResult importRoster(byte[] csv) {
        var classes = directory.classes();
        var parsed = RosterCsv.parse(csv, classes.stream().map(ClassSummary::name).toList());
        if (!parsed.valid()) {
            throw new RosterImportRejected(parsed.problems());
        }
        var plan = plan(parsed, classes);
        var classIds = classes.stream().collect(Collectors.toMap(ClassSummary::name, c -> c.id().value()));
        var author = SignedInStaff.currentAuthor().username();
        var now = clock.instant();
        var newPupils = new ArrayList<Pupil>();
        var newConsents = new ArrayList<ImageConsentRecord>();
        for (var step : plan.steps()) {
            var row = step.row();
            var classId = classIds.get(row.className());
            var pupil = step.pupil();
            if (pupil == null) {
                pupil = new Pupil(row.upn(), row.firstName(), row.surname(), row.preferredName(), classId,
                        row.imageConsent(), row.consentRecordedOn());
                pupil.recordConsent(row.imageConsent(), ConsentSource.MIS_IMPORT, row.consentRecordedOn());
                newPupils.add(pupil);
            } else {
                pupil.update(row.firstName(), row.surname(), row.preferredName(), classId);
                if (pupil.isArchived()) {
                    pupil.restore();
                }
                if (!step.consentChanges()) {
                    continue;
                }
                boolean withdrawn = pupil.hasImageConsent() && !row.imageConsent();
                pupil.recordConsent(row.imageConsent(), ConsentSource.MIS_IMPORT, row.consentRecordedOn());
                if (withdrawn) {
                    publishWithdrawal(pupil, ConsentSource.MIS_IMPORT);
                }
            }
            newConsents.add(new ImageConsentRecord(pupil.getId(), row.imageConsent(), ConsentSource.MIS_IMPORT,
                    row.consentRecordedOn(), author, now, "Roster import, line " + row.line()));
        }
        plan.archived().forEach(Pupil::archive);
        pupils.saveAll(newPupils);
        pupils.flush();
        consents.saveAll(newConsents);
        rosterChanged();
        var preview = new RosterImportPreview(plan.changes(), List.of());
        return preview.figures();
    }

    /** Adds a pupil by hand. Consent starts as "no" until the office records a decision. */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public PupilRecord enrol(@Valid PupilDetails details) {
        var upn = details.upn().strip();
        if (pupils.existsByUpn(upn)) {
            throw new UpnAlreadyOnRoster(upn);
        }
        var classId = requireClass(details.classId());
        var pupil = pupils.save(new Pupil(upn, details.firstName().strip(), details.surname().strip(),
                blankToNull(details.preferredName()), classId.id().value(), false, null));
        rosterChanged();
        return toRecord(pupil, classesById());
    }

    /** Edits a pupil's names and class; refused if someone else saved the pupil since {@code version}. */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public PupilRecord update(PupilId id, @Valid PupilDetails details, long version) {
        var pupil = requirePupil(id);
        if (pupil.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Pupil.class, id.value());
        }
        var upn = details.upn().strip();
        if (!upn.equals(pupil.getUpn())) {
            throw new IllegalArgumentException("The UPN of a pupil cannot change; it identifies them in the MIS.");
        }
        var classId = requireClass(details.classId());
        pupil.update(details.firstName().strip(), details.surname().strip(), blankToNull(details.preferredName()),
                classId.id().value());
        rosterChanged();
        return toRecord(pupils.saveAndFlush(pupil), classesById());
    }

    /** Records an image-consent decision; withdrawing consent publishes {@link ImageConsentWithdrawn}. */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public PupilRecord recordConsent(PupilId id, @Valid ConsentDecision decision) {
        var pupil = requirePupil(id);
        boolean withdrawn = pupil.hasImageConsent() && !decision.consent();
        pupil.recordConsent(decision.consent(), decision.source(), decision.recordedOn());
        consents.save(new ImageConsentRecord(pupil.getId(), decision.consent(), decision.source(),
                decision.recordedOn(), SignedInStaff.currentAuthor().username(), clock.instant(),
                blankToNull(decision.note())));
        if (withdrawn) {
            publishWithdrawal(pupil, decision.source());
        }
        rosterChanged();
        return toRecord(pupils.saveAndFlush(pupil), classesById());
    }

    /** Every consent decision for the pupil, oldest first. */
    @PreAuthorize(OFFICE_OR_SLT)
    @Transactional(readOnly = true)
    public List<ConsentEntry> consentHistory(PupilId id) {
        return consents.findByPupilIdOrderByRecordedAtAsc(id.value()).stream()
                .map(c -> new ConsentEntry(c.isConsent(), c.getSource(), c.getRecordedOn(), c.getRecordedBy(),
                        c.getRecordedAt(), c.getNote()))
                .toList();
    }

    /** The pupil's audit trail. Never for governors: they see no pupil data at all. */
    @PreAuthorize(OFFICE_OR_SLT)
    @Transactional(readOnly = true)
    public List<RecordRevision> history(PupilId id) {
        return auditTrail.historyOf(Pupil.class, requirePupil(id).getId());
    }

    /** Adds a pupil unless one with that UPN exists; {@code true} if added. Used for the demo roster. */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public boolean enrolIfMissing(String upn, String firstName, String surname, String preferredName, ClassId classId,
                                  boolean imageConsent, LocalDate consentRecordedOn) {
        if (pupils.existsByUpn(upn)) {
            return false;
        }
        var pupil = new Pupil(upn, firstName, surname, blankToNull(preferredName), classId.value(), imageConsent,
                consentRecordedOn);
        pupil.recordConsent(imageConsent, ConsentSource.MIS_IMPORT, consentRecordedOn);
        pupils.save(pupil);
        consents.save(new ImageConsentRecord(pupil.getId(), imageConsent, ConsentSource.MIS_IMPORT, consentRecordedOn,
                SignedInStaff.currentAuthor().username(), clock.instant(), "Demo roster"));
        rosterChanged();
        return true;
    }

    /** The UPN is already on the roster (perhaps archived). */
    public static class UpnAlreadyOnRoster extends RuntimeException {
        public UpnAlreadyOnRoster(String upn) {
            super("UPN " + upn + " is already on the roster.");
        }
    }

    private RosterDiff.Plan plan(RosterCsv.Parsed parsed, List<ClassSummary> classes) {
        var roster = pupils.findAll().stream().collect(Collectors.toMap(Pupil::getUpn, Function.identity()));
        return RosterDiff.compare(parsed.rows(), roster,
                classes.stream().collect(Collectors.toMap(ClassSummary::name, c -> c.id().value())),
                classes.stream().collect(Collectors.toMap(c -> c.id().value(), ClassSummary::name)));
    }

    private void rosterChanged() {
        events.publishEvent(new RosterChanged(clock.instant()));
    }

    private void publishWithdrawal(Pupil pupil, ConsentSource source) {
        events.publishEvent(new ImageConsentWithdrawn(new PupilId(pupil.getId()), pupil.getUpn(),
                pupil.getFirstName(), pupil.getPreferredName(), new ClassId(pupil.getClassId()), clock.instant(),
                source));
    }

    /** The classes whose pupils the caller may see: all for office and SLT, else those they staff. */
    private List<ClassSummary> visibleClasses() {
        var staff = SignedInStaff.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        var classes = directory.classes();
        if (staff.hasRole(Roles.OFFICE) || staff.hasRole(Roles.SLT)) {
            return classes;
        }
        return classes.stream().filter(c -> c.isStaffedBy(staff.username())).toList();
    }

    private Map<UUID, ClassSummary> classesById() {
        return directory.classes().stream().collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
    }

    private ClassSummary requireClass(ClassId id) {
        return directory.classes().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such class"));
    }

    private Pupil requirePupil(PupilId id) {
        return pupils.findById(id.value()).orElseThrow(() -> new PupilNotFound(id));
    }

    /** No pupil with that id (or one the caller may not see). */
    public static class PupilNotFound extends RuntimeException {
        public PupilNotFound(PupilId id) {
            super("No pupil " + id);
        }
    }

    private static int yearOrder(Map<UUID, ClassSummary> classes, ClassId id) {
        var c = classes.get(id.value());
        return c == null ? Integer.MAX_VALUE : c.yearOrder();
    }

    private static PupilRecord toRecord(Pupil p, Map<UUID, ClassSummary> classes) {
        var c = classes.get(p.getClassId());
        return new PupilRecord(new PupilId(p.getId()), p.getUpn(), p.getFirstName(), p.getSurname(),
                p.getPreferredName(), new ClassId(p.getClassId()), c == null ? "" : c.name(), p.hasImageConsent(),
                p.getConsentRecordedOn(), p.getConsentSource(), p.isArchived(),
                p.getVersion() == null ? 0 : p.getVersion());
    }

    private static ClassPupil toClassPupil(Pupil p, ClassSummary c) {
        return new ClassPupil(new PupilId(p.getId()), p.getFirstName(), p.getPreferredName(),
                PupilNames.initials(p.getFirstName(), p.getSurname()), p.hasImageConsent(), c.id(), c.name());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
