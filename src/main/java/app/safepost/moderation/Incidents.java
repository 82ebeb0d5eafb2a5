package app.safepost.moderation;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.compliance.NameMask;
import app.safepost.media.MediaId;
import app.safepost.moderation.domain.Incident;
import app.safepost.moderation.domain.IncidentRepository;
import app.safepost.moderation.domain.IncidentRules;
import app.safepost.moderation.domain.IncidentStep;
import app.safepost.moderation.domain.IncidentStepRepository;
import app.safepost.notifications.Notice;
import app.safepost.notifications.Notices;
import app.safepost.pupils.PupilNameMask;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.StaffSummary;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents on the school's accounts (P10, P11). Anyone signed in reports one and sees their own
 * reports; SLT handle every incident with recorded actions and close it with an outcome; governors
 * read every incident with pupils' names masked and comment. A serious incident notifies the head
 * teacher at once.
 */
@Service
public class Incidents {

    static final String SLT_OR_GOVERNOR = Roles.IS_SLT_OR_GOVERNOR;

    private final IncidentRepository incidents;
    private final IncidentStepRepository steps;
    private final SocialAccounts accounts;
    private final SchoolDirectory directory;
    private final Notices notices;
    private final PupilNameMask pupilNames;
    private final Clock clock;

    Incidents(
            IncidentRepository incidents,
            IncidentStepRepository steps,
            SocialAccounts accounts,
            SchoolDirectory directory,
            Notices notices,
            PupilNameMask pupilNames,
            Clock clock) {
        this.incidents = incidents;
        this.steps = steps;
        this.accounts = accounts;
        this.directory = directory;
        this.notices = notices;
        this.pupilNames = pupilNames;
        this.clock = clock;
    }

    /** Records a report; refused with every problem at once and nothing saved. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public IncidentSummary report(IncidentReport report) {
        var errors = new LinkedHashMap<>(IncidentRules.problemsOf(report));
        if (report.account() != null && accounts.account(report.account()).isEmpty()) {
            errors.put("account", "There is no such account.");
        }
        if (!errors.isEmpty()) {
            throw new ModerationRefused(errors);
        }
        var links = report.links() == null || report.links().isBlank()
                ? null
                : String.join("\n", report.links().strip().split("\\s+"));
        var incident = incidents.saveAndFlush(new Incident(
                report.account().value(),
                report.category(),
                report.whatHappened().strip(),
                links,
                report.screenshot() == null ? null : report.screenshot().value(),
                report.serious(),
                me(),
                clock.instant()));
        steps.save(IncidentStep.reported(incident));
        if (report.serious()) {
            tellTheHead(incident, "reported as serious by " + nameOf(me()));
        }
        return summary(incident, accountsById(), names(), NameMask.none());
    }

    /** How many incidents are not closed yet: what waits for SLT. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public long openCount() {
        return incidents.countByStatusNot(IncidentStatus.CLOSED);
    }

    /** How many of the incidents not closed yet are serious. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public long openSeriousCount() {
        return incidents.countByStatusNotAndSeriousTrue(IncidentStatus.CLOSED);
    }

    /**
     * The incidents the caller may read, newest first: all for SLT, governors and the trust's team (pupils'
     * names masked for the last two), their own reports for others.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<IncidentSummary> visible() {
        var list = readsAll()
                ? incidents.findAllByOrderByReportedAtDesc()
                : incidents.findByReportedByOrderByReportedAtDesc(me());
        var byId = accountsById();
        var names = names();
        var mask = pupilNames.forReader();
        return list.stream().map(i -> summary(i, byId, names, mask)).toList();
    }

    /**
     * One page of {@link #visible()}: whose incidents is the query's where clause (every one for those
     * who read all, the caller's own reports for others), and only the page's rows are read.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Page<IncidentSummary> visible(Pageable page) {
        var found = readsAll()
                ? incidents.findAllByOrderByReportedAtDescIdAsc(page)
                : incidents.findByReportedByOrderByReportedAtDescIdAsc(me(), page);
        var byId = accountsById();
        var names = names();
        var mask = pupilNames.forReader();
        return found.map(i -> summary(i, byId, names, mask));
    }

    /** How many incidents {@link #visible()} holds. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public long visibleCount() {
        return readsAll() ? incidents.count() : incidents.countByReportedBy(me());
    }

    /** One incident with its timeline, if the caller may read it. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<IncidentDetails> incident(IncidentId id) {
        return incidents
                .findById(id.value())
                .filter(i -> readsAll() || i.getReportedBy().equals(me()))
                .map(this::details);
    }

    /** Records one of SLT's actions (or a note) on an open incident. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public IncidentDetails act(IncidentId id, IncidentAction action) {
        if (action.kind() == StepKind.USER_BLOCKED) {
            throw ModerationRefused.of("kind", "Block the user in the follower register; the block is linked here.");
        }
        var incident = find(id);
        var step = incident.record(action, null, me(), clock.instant(), today());
        steps.save(step);
        incidents.saveAndFlush(incident);
        if (action.kind() == StepKind.ESCALATED) {
            var escalated = incident.markSerious(null, me(), clock.instant());
            if (escalated != null) {
                steps.save(escalated);
            }
            tellTheHead(incident, "escalated to " + action.authority().label() + " by " + nameOf(me()));
        }
        return details(incident);
    }

    /** Marks an incident serious; the head teacher is told at once. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public IncidentDetails markSerious(IncidentId id, @Nullable String reason) {
        var incident = find(id);
        var step = incident.markSerious(reason, me(), clock.instant());
        if (step != null) {
            steps.save(step);
            incidents.saveAndFlush(incident);
            tellTheHead(incident, "marked serious by " + nameOf(me()));
        }
        return details(incident);
    }

    /** Closes an incident with its outcome; refused without one. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public IncidentDetails close(IncidentId id, @Nullable String outcome) {
        var incident = find(id);
        steps.save(incident.close(outcome, me(), clock.instant()));
        incidents.saveAndFlush(incident);
        return details(incident);
    }

    /** A governor's (or SLT's) comment on an incident's handling; open or closed. */
    @PreAuthorize(SLT_OR_GOVERNOR)
    @Transactional
    public IncidentDetails comment(IncidentId id, @Nullable String text) {
        var incident = find(id);
        steps.save(incident.comment(text, me(), clock.instant()));
        return details(incident);
    }

    /** Links a block made in the follower register to the incident it came from. */
    void recordBlock(IncidentId id, FollowerId follower, String detail) {
        var incident = find(id);
        steps.save(incident.record(
                IncidentAction.of(StepKind.USER_BLOCKED, detail), follower.value(), me(), clock.instant(), today()));
        incidents.saveAndFlush(incident);
    }

    /** Every incident reported in [from, to), for the termly report. */
    List<Incident> reportedBetween(Instant from, Instant to) {
        return incidents.findByReportedAtGreaterThanEqualAndReportedAtLessThanOrderByReportedAt(from, to);
    }

    /** How many of these incidents were escalated to an authority. */
    int escalationsAmong(List<Incident> list) {
        return (int) list.stream()
                .filter(i -> steps.findByIncidentIdOrderByTakenAtAscIdAsc(i.getId()).stream()
                        .anyMatch(s -> s.getKind() == StepKind.ESCALATED))
                .count();
    }

    private Incident find(IncidentId id) {
        return incidents.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No incident " + id));
    }

    /**
     * Every incident whose report, links, outcome or timeline name the pupil (the checks' own rule in
     * {@code names}), oldest first: moderation's part of a subject access request. Pupils' names are
     * masked as for governors unless {@code withNames} (the data protection officer asked for them);
     * a screenshot is never included.
     */
    @PreAuthorize(Roles.IS_SLT_OR_DPO)
    @Transactional(readOnly = true)
    public List<IncidentDetails> heldAbout(Predicate<String> names, boolean withNames) {
        var mask = withNames ? NameMask.none() : pupilNames.current();
        return incidents.findAllByOrderByReportedAtDesc().reversed().stream()
                .filter(i -> names.test(i.getWhatHappened())
                        || names.test(i.getLinks())
                        || names.test(i.getOutcome())
                        || steps.findByIncidentIdOrderByTakenAtAscIdAsc(i.getId()).stream()
                                .anyMatch(s -> names.test(s.getDetail())
                                        || names.test(s.getReference())
                                        || names.test(s.getAuthorityContact())))
                .map(i -> details(i, mask, !withNames, false))
                .toList();
    }

    private IncidentDetails details(Incident incident) {
        return details(incident, pupilNames.forReader(), !pupilNames.mayReadNames(), true);
    }

    private IncidentDetails details(Incident incident, NameMask mask, boolean masked, boolean screenshot) {
        var names = names();
        var timeline = steps.findByIncidentIdOrderByTakenAtAscIdAsc(incident.getId()).stream()
                .sorted(Comparator.comparing(IncidentStep::getTakenAt)
                        .thenComparing(s -> s.getKind() == StepKind.REPORTED ? 0 : 1))
                .map(s -> new TimelineEntry(
                        s.getKind(),
                        s.getTakenBy(),
                        names.getOrDefault(s.getTakenBy(), s.getTakenBy()),
                        s.getTakenAt(),
                        mask.mask(s.getDetail()),
                        s.getAuthority(),
                        mask.mask(s.getAuthorityContact()),
                        s.getEscalatedOn(),
                        mask.mask(s.getReference()),
                        s.getFollowerId() == null ? null : new FollowerId(s.getFollowerId())))
                .toList();
        // A screenshot may show a child: those who may not read pupils' names do not see it at all.
        return new IncidentDetails(
                summary(incident, accountsById(), names, mask),
                mask.mask(incident.getLinks()),
                incident.getEvidenceMediaId() == null || masked || !screenshot
                        ? null
                        : new MediaId(incident.getEvidenceMediaId()),
                mask.mask(incident.getOutcome()),
                timeline,
                masked);
    }

    private IncidentSummary summary(
            Incident i, Map<UUID, AccountSummary> byId, Map<String, String> names, NameMask mask) {
        var account = byId.get(i.getAccountId());
        return new IncidentSummary(
                new IncidentId(i.getId()),
                new AccountId(i.getAccountId()),
                account == null ? "(removed account)" : account.handle(),
                i.getCategory(),
                i.getStatus(),
                i.isSerious(),
                i.getReportedAt(),
                i.getReportedBy(),
                names.getOrDefault(i.getReportedBy(), i.getReportedBy()),
                mask.mask(i.getWhatHappened()),
                i.getFirstActionAt(),
                i.getClosedAt());
    }

    private void tellTheHead(Incident incident, String what) {
        var account = accounts.account(new AccountId(incident.getAccountId()))
                .map(AccountSummary::handle)
                .orElse("");
        notices.toRole(
                Roles.HEAD_TEACHER,
                new Notice(
                        "Serious incident on " + account,
                        "A serious incident (" + incident.getCategory().label().toLowerCase(Locale.ENGLISH)
                                + ") on "
                                + account + " was " + what + " on " + SchoolTime.dateTime(clock.instant())
                                + ". Open it in the portal to see what happened and what has been done.",
                        "incidents?incident=" + incident.getId()));
    }

    private Map<UUID, AccountSummary> accountsById() {
        return accounts.all().stream().collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
    }

    private Map<String, String> names() {
        return directory.staff().stream()
                .collect(Collectors.toMap(StaffSummary::username, StaffSummary::displayName, (a, b) -> a));
    }

    private String nameOf(String username) {
        return directory.staffMember(username).map(StaffSummary::displayName).orElse(username);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    private static boolean readsAll() {
        var staff = SignedInStaff.current().orElseThrow();
        return staff.hasRole(Roles.SLT) || staff.hasRole(Roles.GOVERNOR) || Roles.inTheTrustTeam(staff.roles());
    }

    private static String me() {
        return SignedInStaff.current().orElseThrow().username();
    }
}
