package app.safepost.pupils;

import app.safepost.audit.AuditTrail;
import app.safepost.audit.RecordRevision;
import app.safepost.common.SchoolTime;
import app.safepost.pupils.domain.ConsentRecorder;
import app.safepost.pupils.domain.Pupil;
import app.safepost.pupils.domain.PupilPages;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The pupil roster. Every read is checked against who is asking (least privilege): the office and
 * SLT (and the Designated Safeguarding Lead, who flags pupils, and the data protection officer) get full
 * {@link PupilRecord}s, teachers
 * and TAs get {@link ClassPupil}s of their own classes only, governors get nothing. Consents are
 * recorded through {@link ConsentRegister}; the roster shows them as they stand today.
 */
@Service
@Validated
public class PupilRoster {

    static final String OFFICE_OR_SLT = "hasAnyRole('" + Roles.OFFICE + "','" + Roles.SLT + "')";
    static final String READS_RECORDS =
            "hasAnyRole('" + Roles.OFFICE + "','" + Roles.SLT + "','" + Roles.DSL + "','" + Roles.DPO + "')";
    static final String STAFF_WHO_SEE_PUPILS = "hasAnyRole('" + Roles.OFFICE + "','" + Roles.SLT + "','" + Roles.TEACHER
            + "','" + Roles.TEACHING_ASSISTANT + "')";

    /** The most pupils an import archives without the number confirmed (fewer in a roll under 200). */
    public static final int ARCHIVE_WITHOUT_CONFIRMATION = 20;

    private final PupilRepository pupils;
    private final PupilPages pages;
    private final ConsentRecorder consents;
    private final ConsentPurposes purposes;
    private final SchoolDirectory directory;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PupilRoster(
            PupilRepository pupils,
            PupilPages pages,
            ConsentRecorder consents,
            ConsentPurposes purposes,
            SchoolDirectory directory,
            AuditTrail auditTrail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.pupils = pupils;
        this.pages = pages;
        this.consents = consents;
        this.purposes = purposes;
        this.directory = directory;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    /** Whole-school figures: office and SLT only. */
    @PreAuthorize(OFFICE_OR_SLT)
    @Transactional(readOnly = true)
    public RosterFigures figures() {
        var onRoll = pupils.findByArchived(false);
        var recorded = consents.of(onRoll.stream().map(Pupil::getId).toList());
        var mayAppear = mayAppearOnSocialMedia();
        return new RosterFigures(
                onRoll.size(),
                onRoll.stream()
                        .filter(p -> !mayAppear.test(recorded.get(p.getId())))
                        .count());
    }

    /** Pupils on roll in the given classes: for teachers' and TAs' own classes. */
    @PreAuthorize("hasAnyRole('" + Roles.TEACHER + "','" + Roles.TEACHING_ASSISTANT + "','" + Roles.SLT + "')")
    @Transactional(readOnly = true)
    public long pupilsIn(Collection<ClassId> classes) {
        if (classes.isEmpty()) {
            return 0;
        }
        return pupils.countByArchivedFalseAndClassIdIn(
                classes.stream().map(ClassId::value).toList());
    }

    /** Full records, by class then surname: office, SLT and the DSL only. */
    @PreAuthorize(READS_RECORDS)
    @Transactional(readOnly = true)
    public List<PupilRecord> records(boolean includeArchived) {
        var classes = classesById();
        var list = includeArchived ? pupils.findAll() : pupils.findByArchived(false);
        var recorded = consents.of(list.stream().map(Pupil::getId).toList());
        var social = consents.socialMediaPurposes();
        var today = today();
        return list.stream()
                .map(p -> toRecord(p, classes, recorded.get(p.getId()), social, today))
                .sorted(Comparator.comparingInt((PupilRecord r) -> yearOrder(classes, r.classId()))
                        .thenComparing(PupilRecord::surname)
                        .thenComparing(PupilRecord::firstName))
                .toList();
    }

    /**
     * One page of {@link #records}, those whose UPN, full name or preferred name holds {@code words}
     * (blank for all), sorted by the page's sort ({@link PupilPages#CLASS}, {@link PupilPages#SURNAME},
     * {@link PupilPages#FIRST_NAME}) and then in the order of {@link #records}: only the page's rows
     * (and their consents) are read.
     */
    @PreAuthorize(READS_RECORDS)
    @Transactional(readOnly = true)
    public Page<PupilRecord> records(boolean includeArchived, String words, Pageable page) {
        var classes = classesById();
        var filter = recordFilter(classes, includeArchived, words);
        var list = pages.page(
                filter, page.getSort(), PupilPages.NameOrder.SURNAME_FIRST, page.getOffset(), page.getPageSize());
        var recorded = consents.of(list.stream().map(Pupil::getId).toList());
        var social = consents.socialMediaPurposes();
        var today = today();
        var records = list.stream()
                .map(p -> toRecord(p, classes, recorded.get(p.getId()), social, today))
                .toList();
        return PageableExecutionUtils.getPage(records, page, () -> pages.count(filter));
    }

    /** How many records {@link #records(boolean, String, Pageable)} finds. */
    @PreAuthorize(READS_RECORDS)
    @Transactional(readOnly = true)
    public long recordCount(boolean includeArchived, String words) {
        return pages.count(recordFilter(classesById(), includeArchived, words));
    }

    private static PupilPages.Filter recordFilter(
            Map<UUID, ClassSummary> classes, boolean includeArchived, String words) {
        var rank = classes.values().stream().collect(Collectors.toMap(c -> c.id().value(), ClassSummary::yearOrder));
        return new PupilPages.Filter(rank, false, includeArchived, words);
    }

    @PreAuthorize(READS_RECORDS)
    @Transactional(readOnly = true)
    public Optional<PupilRecord> record(PupilId id) {
        return pupils.findById(id.value()).map(this::toRecord);
    }

    /** A pupil's full record by UPN (the API names pupils by UPN). */
    @PreAuthorize(READS_RECORDS)
    @Transactional(readOnly = true)
    public Optional<PupilRecord> recordByUpn(String upn) {
        return pupils.findByUpn(upn).map(this::toRecord);
    }

    /**
     * The pupils of the classes the caller teaches or supports; the office and SLT see every class.
     * Full names (for a reader who may read pupils' names), initials and whether they may appear
     * uncovered on every social-media account.
     */
    @PreAuthorize(STAFF_WHO_SEE_PUPILS)
    @Transactional(readOnly = true)
    public List<ClassPupil> classPupils() {
        return classPupils(visibleClasses(), null);
    }

    /**
     * One page of {@link #classPupils()}, sorted by the page's sort ({@link PupilPages#CLASS},
     * {@link PupilPages#FIRST_NAME}, and {@link PupilPages#SURNAME} for a reader who may read names) and
     * then in the same order: the caller's classes are the query's where clause, and only the page's rows
     * (and their consents) are read.
     */
    @PreAuthorize(STAFF_WHO_SEE_PUPILS)
    @Transactional(readOnly = true)
    public Page<ClassPupil> classPupils(Pageable page) {
        var visible = visibleClasses().stream()
                .sorted(Comparator.comparingInt(ClassSummary::yearOrder).thenComparing(ClassSummary::name))
                .toList();
        var byId = visible.stream().collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
        var rank = new HashMap<UUID, Integer>();
        visible.forEach(c -> rank.put(c.id().value(), rank.size()));
        boolean fullNames = SignedInStaff.current()
                .map(staff -> Roles.readPupilNames(staff.roles()))
                .orElse(false);
        // A reader who may not read names may not learn their order either.
        var sort = fullNames ? page.getSort() : page.getSort().filter(o -> !PupilPages.SURNAME.equals(o.getProperty()));
        var filter = new PupilPages.Filter(rank, true, false, "");
        var list = pages.page(
                filter,
                Sort.by(sort.toList()),
                PupilPages.NameOrder.KNOWN_AS_FIRST,
                page.getOffset(),
                page.getPageSize());
        var recorded = consents.of(list.stream().map(Pupil::getId).toList());
        var mayAppear = mayAppear(null);
        var pupilsOfPage = list.stream()
                .map(p -> toClassPupil(p, byId.get(p.getClassId()), recorded.get(p.getId()), mayAppear, fullNames))
                .toList();
        return PageableExecutionUtils.getPage(pupilsOfPage, page, () -> pages.count(filter));
    }

    /** How many pupils {@link #classPupils()} holds. */
    @PreAuthorize(STAFF_WHO_SEE_PUPILS)
    @Transactional(readOnly = true)
    public long classPupilCount() {
        return pupilsIn(visibleClasses().stream().map(ClassSummary::id).toList());
    }

    /** The same, with consent as the purpose's (the purpose of the account a photo is for). */
    @PreAuthorize(STAFF_WHO_SEE_PUPILS)
    @Transactional(readOnly = true)
    public List<ClassPupil> classPupils(String purpose) {
        return classPupils(visibleClasses(), purpose);
    }

    private List<ClassPupil> classPupils(List<ClassSummary> visible, @Nullable String purpose) {
        var byId = visible.stream().collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
        var list = pupils.findByArchivedFalseAndClassIdIn(byId.keySet());
        var recorded = consents.of(list.stream().map(Pupil::getId).toList());
        var mayAppear = mayAppear(purpose);
        boolean fullNames = SignedInStaff.current()
                .map(staff -> Roles.readPupilNames(staff.roles()))
                .orElse(false);
        return list.stream()
                .map(p -> toClassPupil(p, byId.get(p.getClassId()), recorded.get(p.getId()), mayAppear, fullNames))
                .sorted(Comparator.comparingInt(
                                (ClassPupil p) -> byId.get(p.classId().value()).yearOrder())
                        .thenComparing(ClassPupil::className)
                        .thenComparing(ClassPupil::shownAs))
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
        return pupils.findUpnsOnRollIn(visible).stream()
                .collect(Collectors.toMap(p -> new PupilId(p.getId()), PupilRepository.IdAndUpn::getUpn));
    }

    /**
     * The names, as {@link ClassPupil#shownAs()}, of the pupils on roll with these UPNs whom the caller
     * may see, by UPN: for a page of posts, which name pupils by UPN. Only those pupils are read.
     */
    @PreAuthorize(STAFF_WHO_SEE_PUPILS)
    @Transactional(readOnly = true)
    public Map<String, String> shownAsByUpn(Collection<String> upns) {
        var found = byUpn(upns);
        var names = new HashMap<String, String>();
        found.forEach((upn, pupil) -> names.put(upn, pupil.shownAs()));
        return names;
    }

    /**
     * The pupils on roll with these UPNs whom the caller may see, by UPN, as {@link #classPupils()} has
     * them: for a post's photos, which name their pupils by UPN. Only those pupils are read.
     */
    @PreAuthorize(STAFF_WHO_SEE_PUPILS)
    @Transactional(readOnly = true)
    public Map<String, ClassPupil> classPupilsByUpn(Collection<String> upns) {
        return byUpn(upns);
    }

    private Map<String, ClassPupil> byUpn(Collection<String> upns) {
        if (upns.isEmpty()) {
            return Map.of();
        }
        var visible = visibleClasses().stream().collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
        boolean fullNames = SignedInStaff.current()
                .map(staff -> Roles.readPupilNames(staff.roles()))
                .orElse(false);
        var mayAppear = mayAppear(null);
        var found = pupils.findByArchivedFalseAndUpnIn(upns).stream()
                .filter(p -> visible.containsKey(p.getClassId()))
                .toList();
        var recorded = consents.of(found.stream().map(Pupil::getId).toList());
        return found.stream()
                .collect(Collectors.toMap(
                        Pupil::getUpn,
                        p -> toClassPupil(
                                p, visible.get(p.getClassId()), recorded.get(p.getId()), mayAppear, fullNames)));
    }

    /** One class's pupils; a teacher or TA asking for a class that is not theirs is refused. */
    @PreAuthorize(STAFF_WHO_SEE_PUPILS)
    @Transactional(readOnly = true)
    public List<ClassPupil> classPupils(ClassId classId) {
        return classPupils(classId, null);
    }

    /** One class's pupils with consent as the purpose's; {@code null} for every social-media purpose. */
    @PreAuthorize(STAFF_WHO_SEE_PUPILS)
    @Transactional(readOnly = true)
    public List<ClassPupil> classPupils(ClassId classId, @Nullable String purpose) {
        var schoolClass = visibleClasses().stream()
                .filter(c -> c.id().equals(classId))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Not one of your classes"));
        return classPupils(List.of(schoolClass), purpose).stream()
                .sorted(Comparator.comparing(ClassPupil::shownAs))
                .toList();
    }

    /**
     * Per class, who may not appear in any post, then who may not be photographed uncovered for the
     * purpose (P14/P15): for staff-room lists.
     */
    @PreAuthorize(STAFF_WHO_SEE_PUPILS)
    @Transactional(readOnly = true)
    public List<ClassConsent> consentOverview(String purpose) {
        var visible = visibleClasses();
        var byClass = classPupils(visible, purpose).stream().collect(Collectors.groupingBy(ClassPupil::classId));
        return visible.stream()
                .map(c -> {
                    var inClass = byClass.getOrDefault(c.id(), List.of());
                    return new ClassConsent(
                            c.id(),
                            c.name(),
                            inClass.size(),
                            inClass.stream().filter(ClassPupil::neverPublish).toList(),
                            inClass.stream()
                                    .filter(p -> !p.neverPublish() && !p.imageConsent())
                                    .toList());
                })
                .toList();
    }

    /** What importing this roster file would do; changes nothing. */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional(readOnly = true)
    public RosterImportPreview previewImport(byte[] csv) {
        var classes = directory.classes();
        var parsed =
                RosterCsv.parse(csv, classes.stream().map(ClassSummary::name).toList(), purposes.forRoster());
        if (!parsed.valid()) {
            return new RosterImportPreview(List.of(), parsed.problems());
        }
        var plan = plan(parsed, classes);
        return new RosterImportPreview(
                plan.changes(),
                List.of(),
                archiveNeedsConfirmation(plan.archived().size(), onRoll(plan)));
    }

    /**
     * Whether an import archiving this many of the pupils on roll must have that number confirmed:
     * more than a tenth of the roll, or more than {@value #ARCHIVE_WITHOUT_CONFIRMATION} pupils,
     * whichever is fewer. A file that is only part of the MIS export would otherwise quietly archive
     * the rest of the school; a year group leaving in July is over it too, and the office confirms it.
     */
    public static boolean archiveNeedsConfirmation(int archived, int onRoll) {
        return archived > ARCHIVE_WITHOUT_CONFIRMATION || archived * 10L > onRoll;
    }

    /**
     * Imports a roster file: all or nothing, upsert by UPN, pupils missing from the file archived.
     * A consent changed from yes to no publishes {@link ImageConsentWithdrawn} for its purpose.
     *
     * @param confirmedArchive the number of pupils the caller confirms archiving, or {@code null}; needed
     *                         only when {@link #archiveNeedsConfirmation} holds for the file
     * @throws RosterImportRejected     if any line is invalid; then nothing has changed
     * @throws RosterArchiveUnconfirmed if the file archives so many pupils that the number must be
     *                                  confirmed and {@code confirmedArchive} is not it; nothing has changed
     */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public RosterImportFigures importRoster(byte[] csv, @Nullable Integer confirmedArchive) {
        var classes = directory.classes();
        var parsed =
                RosterCsv.parse(csv, classes.stream().map(ClassSummary::name).toList(), purposes.forRoster());
        if (!parsed.valid()) {
            throw new RosterImportRejected(parsed.problems());
        }
        var plan = plan(parsed, classes);
        int archiving = plan.archived().size();
        int onRoll = onRoll(plan);
        if (archiveNeedsConfirmation(archiving, onRoll)
                && !Integer.valueOf(archiving).equals(confirmedArchive)) {
            throw new RosterArchiveUnconfirmed(archiving, onRoll, confirmedArchive);
        }
        var classIds = classes.stream().collect(Collectors.toMap(ClassSummary::name, c -> c.id().value()));
        var author = SignedInStaff.currentAuthor().username();
        var now = clock.instant();
        var newPupils = new ArrayList<Pupil>();
        for (var step : plan.steps()) {
            var row = step.row();
            var pupil = step.pupil();
            if (pupil == null) {
                pupil = new Pupil(
                        row.upn(), row.firstName(), row.surname(), row.preferredName(), classIds.get(row.className()));
                newPupils.add(pupil);
            } else {
                pupil.update(row.firstName(), row.surname(), row.preferredName(), classIds.get(row.className()));
                if (pupil.isArchived()) {
                    pupil.restore();
                }
            }
            if (row.parentEmails() != null) {
                pupil.changeParentEmails(row.parentEmails());
            }
        }
        var today = LocalDate.ofInstant(now, SchoolTime.ZONE);
        plan.archived().forEach(p -> p.archive(today));
        pupils.saveAll(newPupils);
        pupils.flush();
        recordConsents(plan, newPupils, author, now);
        rosterChanged();
        var preview = new RosterImportPreview(plan.changes(), List.of());
        return preview.figures();
    }

    /** Each answer the file changes, for the purposes it gives; the pupils' answers are read once for all. */
    private void recordConsents(RosterDiff.Plan plan, List<Pupil> newPupils, String author, Instant now) {
        var byUpn = newPupils.stream().collect(Collectors.toMap(Pupil::getUpn, Function.identity()));
        var batch = consents.batch(plan.steps().stream()
                .filter(s -> s.pupil() != null && !s.purposesToRecord().isEmpty())
                .map(s -> s.pupil().getId())
                .toList());
        for (var step : plan.steps()) {
            var pupil =
                    step.pupil() != null ? step.pupil() : byUpn.get(step.row().upn());
            var row = step.row();
            for (var purpose : step.purposesToRecord()) {
                batch.record(
                        pupil,
                        new ConsentRecorder.Decision(
                                purpose,
                                row.consents().get(purpose),
                                ConsentSource.MIS_IMPORT,
                                row.consentRecordedOn(),
                                row.consentExpiresOn(),
                                author,
                                "Roster import, line " + row.line()),
                        now);
            }
        }
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
        var pupil = pupils.save(new Pupil(
                upn,
                details.firstName().strip(),
                details.surname().strip(),
                blankToNull(details.preferredName()),
                classId.id().value()));
        rosterChanged();
        return toRecord(pupil);
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
        pupil.update(
                details.firstName().strip(),
                details.surname().strip(),
                blankToNull(details.preferredName()),
                classId.id().value());
        rosterChanged();
        return toRecord(pupils.saveAndFlush(pupil));
    }

    /**
     * Sets the parents' e-mail addresses for the online consent form (one or two).
     *
     * @throws IllegalArgumentException with the reason, if an address is not one
     */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public PupilRecord changeParentEmails(PupilId id, String addresses) {
        var parsed = ParentEmails.parse(addresses);
        if (parsed.problem() != null) {
            throw new IllegalArgumentException(parsed.problem());
        }
        var pupil = requirePupil(id);
        pupil.changeParentEmails(parsed.addresses());
        return toRecord(pupils.saveAndFlush(pupil));
    }

    /** The pupil's audit trail. Never for governors: they see no pupil data at all. */
    @PreAuthorize("hasAnyRole('" + Roles.OFFICE + "','" + Roles.SLT + "','" + Roles.DPO + "')")
    @Transactional(readOnly = true)
    public List<RecordRevision> history(PupilId id) {
        return auditTrail.historyOf(Pupil.class, requirePupil(id).getId());
    }

    /** The explorer's view of the pupil's history: SLT only, the office does not read the audit trail. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public String historyLink(PupilId id) {
        return auditTrail.historyLink(Pupil.class, requirePupil(id).getId());
    }

    /** A pupil of the demo roster: who, in which class, and the image consent the office recorded. */
    public record DemoRosterPupil(
            String upn,
            String firstName,
            String surname,
            @Nullable String preferredName,
            ClassId classId,
            boolean imageConsent,
            @Nullable LocalDate consentRecordedOn) {}

    /**
     * Adds the pupils whose UPN is not on the roster (archived pupils count as there); how many were
     * added. Used for the demo roster. The roster, the purposes and the consent defaults are read once
     * for all, and the pupils are written in batches, not flushed one by one.
     */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public int enrolAllIfMissing(List<DemoRosterPupil> rows) {
        var onRoster = pupils.findAll().stream().map(Pupil::getUpn).collect(Collectors.toSet());
        var missing = rows.stream().filter(row -> onRoster.add(row.upn())).toList();
        if (missing.isEmpty()) {
            return 0;
        }
        var purposes = consents.socialMediaPurposes();
        var batch = consents.batch(List.of());
        var author = SignedInStaff.currentAuthor().username();
        var now = clock.instant();
        for (var row : missing) {
            var pupil = pupils.save(new Pupil(
                    row.upn(),
                    row.firstName(),
                    row.surname(),
                    blankToNull(row.preferredName()),
                    row.classId().value()));
            for (var purpose : purposes) {
                batch.record(
                        pupil,
                        new ConsentRecorder.Decision(
                                purpose,
                                row.imageConsent(),
                                ConsentSource.MIS_IMPORT,
                                row.consentRecordedOn(),
                                null,
                                author,
                                "Demo roster"),
                        now);
            }
        }
        rosterChanged();
        return missing.size();
    }

    /** The UPN is already on the roster (perhaps archived). */
    public static class UpnAlreadyOnRoster extends RuntimeException {
        public UpnAlreadyOnRoster(String upn) {
            super("UPN " + upn + " is already on the roster.");
        }
    }

    private RosterDiff.Plan plan(RosterCsv.Parsed parsed, List<ClassSummary> classes) {
        var roster = pupils.findAll().stream().collect(Collectors.toMap(Pupil::getUpn, Function.identity()));
        var recorded = consents.of(roster.values().stream().map(Pupil::getId).toList()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().byPurpose()));
        return RosterDiff.compare(
                parsed.rows(),
                roster,
                recorded,
                classes.stream().collect(Collectors.toMap(ClassSummary::name, c -> c.id().value())),
                classes.stream().collect(Collectors.toMap(c -> c.id().value(), ClassSummary::name)));
    }

    /** Pupils on roll now: those the file lists that are not archived, and those it would archive. */
    private static int onRoll(RosterDiff.Plan plan) {
        return plan.archived().size()
                + (int) plan.steps().stream()
                        .filter(s -> s.pupil() != null && !s.pupil().isArchived())
                        .count();
    }

    private void rosterChanged() {
        events.publishEvent(new RosterChanged(clock.instant()));
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
        return directory.classes().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
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

    private PupilRecord toRecord(Pupil p) {
        return toRecord(p, classesById(), consents.of(p.getId()), consents.socialMediaPurposes(), today());
    }

    private static PupilRecord toRecord(
            Pupil p,
            Map<UUID, ClassSummary> classes,
            PupilConsents recorded,
            List<String> socialMedia,
            LocalDate today) {
        var c = classes.get(p.getClassId());
        var latest = socialMedia.stream()
                .map(recorded::of)
                .filter(Objects::nonNull)
                .max(Comparator.comparing(ConsentNow::recordedAt))
                .orElse(null);
        boolean imageConsent = !recorded.neverPublish()
                && socialMedia.stream()
                        .allMatch(purpose -> recorded.stateOn(purpose, today).allows());
        return new PupilRecord(
                new PupilId(p.getId()),
                p.getUpn(),
                p.getFirstName(),
                p.getSurname(),
                p.getPreferredName(),
                new ClassId(p.getClassId()),
                c == null ? "" : c.name(),
                imageConsent,
                latest == null ? null : latest.recordedOn(),
                latest == null ? null : latest.source(),
                p.isArchived(),
                p.getVersion(),
                recorded,
                p.getParentEmails());
    }

    private static ClassPupil toClassPupil(
            Pupil p, ClassSummary c, PupilConsents recorded, Predicate<PupilConsents> mayAppear, boolean fullName) {
        return new ClassPupil(
                new PupilId(p.getId()),
                p.getFirstName(),
                p.getPreferredName(),
                fullName ? p.getSurname() : null,
                PupilNameRules.initials(p.getFirstName(), p.getSurname()),
                mayAppear.test(recorded),
                c.id(),
                c.name(),
                recorded.neverPublish());
    }

    /** Whether a pupil may appear uncovered for the purpose today; for every social-media purpose if none. */
    private Predicate<PupilConsents> mayAppear(@Nullable String purpose) {
        if (purpose == null) {
            return mayAppearOnSocialMedia();
        }
        var today = today();
        return recorded -> recorded.mayAppearFor(purpose, today);
    }

    private Predicate<PupilConsents> mayAppearOnSocialMedia() {
        var today = today();
        var social = consents.socialMediaPurposes();
        return recorded -> !recorded.neverPublish() && social.stream().allMatch(p -> recorded.mayAppearFor(p, today));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
