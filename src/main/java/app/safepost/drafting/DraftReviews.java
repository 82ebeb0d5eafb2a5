package app.safepost.drafting;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.SocialAccounts;
import app.safepost.compliance.ComplianceResult;
import app.safepost.drafting.domain.Draft;
import app.safepost.drafting.domain.DraftCheck;
import app.safepost.drafting.domain.DraftCheckRepository;
import app.safepost.drafting.domain.DraftRepository;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts as SLT review them: the queue of submitted drafts, the check run again at approval, and the
 * status each decision or each report from publishing gives a draft. Every status change names the
 * version it was made on, so two reviewers deciding at once cannot both succeed.
 */
@Service
public class DraftReviews {

    /** What a reviewer's decision may make of a submitted draft. */
    private static final Set<DraftStatus> DECISIONS =
            Set.of(DraftStatus.APPROVED, DraftStatus.SCHEDULED, DraftStatus.REJECTED);
    /** The order of {@code findFirstByDraftIdOrderByCheckedAtDescDraftVersionDesc}. */
    private static final Comparator<DraftCheck> LATEST_FIRST = Comparator.comparing(DraftCheck::getCheckedAt)
            .thenComparingLong(DraftCheck::getDraftVersion)
            .reversed();

    private final DraftRepository drafts;
    private final DraftCheckRepository checks;
    private final PostChecks postChecks;
    private final SocialAccounts accounts;
    private final Clock clock;

    DraftReviews(
            DraftRepository drafts,
            DraftCheckRepository checks,
            PostChecks postChecks,
            SocialAccounts accounts,
            Clock clock) {
        this.drafts = drafts;
        this.checks = checks;
        this.postChecks = postChecks;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Submitted drafts waiting for a decision, oldest submission first. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<DraftDetails> queue() {
        return details(drafts.findByStatusOrderBySubmittedAtAscIdAsc(DraftStatus.SUBMITTED));
    }

    /**
     * One page of {@link #queue()} as the queue lists it: only the page's lines are read, without their
     * photos, pupils or checks, which a reviewer sees on opening one.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<QueuedDraft> queue(Pageable page) {
        var lines = drafts.findLinesByStatusOrderBySubmittedAtAscIdAsc(DraftStatus.SUBMITTED, page);
        if (lines.isEmpty()) {
            return List.of();
        }
        var handles = accounts.all().stream().collect(Collectors.toMap(a -> a.id().value(), AccountSummary::handle));
        return lines.stream()
                .map(line -> new QueuedDraft(
                        new DraftId(line.getId()),
                        handles.getOrDefault(line.getAccountId(), "?"),
                        line.getAuthor(),
                        line.getText(),
                        line.getSubmittedAt()))
                .toList();
    }

    /** How many submitted drafts wait for a decision. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public long waiting() {
        return drafts.countByStatus(DraftStatus.SUBMITTED);
    }

    /** Any draft, for SLT. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public Optional<DraftDetails> find(DraftId id) {
        return drafts.findById(id.value()).map(this::details);
    }

    /**
     * Runs the checks again on this version against the roster and consents of this moment and stores the
     * result as the approval check.
     *
     * @throws ObjectOptimisticLockingFailureException if the draft is no longer at {@code version}
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public StoredCheck checkAtApproval(DraftId id, long version) {
        var draft = atVersion(id, version);
        var account = accounts.account(new AccountId(draft.getAccountId())).orElseThrow();
        var result = postChecks.checkFor(account, draft.content());
        return checks.save(new DraftCheck(
                        draft.getId(),
                        draft.getVersion(),
                        CheckOccasion.APPROVAL,
                        result,
                        clock.instant(),
                        SignedInStaff.currentAuthor().username()))
                .toStoredCheck();
    }

    /** The checks run now on the draft as it is, against the roster of this moment; nothing is stored. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public ComplianceResult checkNow(DraftId id) {
        var draft = drafts.findById(id.value()).orElseThrow(() -> new DraftNotFound(id));
        var account = accounts.account(new AccountId(draft.getAccountId())).orElseThrow();
        return postChecks.checkFor(account, draft.content());
    }

    /**
     * Records SLT's decision on a submitted draft at {@code version}: approved, scheduled or rejected;
     * {@code comment} is kept with a rejected draft for its author.
     *
     * @throws ObjectOptimisticLockingFailureException if the draft changed or was decided since
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public DraftDetails decide(DraftId id, long version, DraftStatus decision, @Nullable String comment) {
        if (!DECISIONS.contains(decision)) {
            throw new IllegalArgumentException("Not a decision: " + decision);
        }
        var draft = atVersion(id, version);
        if (draft.getStatus() != DraftStatus.SUBMITTED) {
            throw new ObjectOptimisticLockingFailureException(Draft.class, id.value());
        }
        if (decision == DraftStatus.REJECTED) {
            draft.reject(comment, clock.instant());
        } else {
            draft.moveTo(decision, clock.instant());
        }
        drafts.saveAndFlush(draft);
        return details(draft);
    }

    /** Publishing sent the post: the draft is published. Unknown references are ignored. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public Optional<DraftDetails> published(UUID reference) {
        return moveTo(reference, DraftStatus.PUBLISHED);
    }

    /** The post was taken down from its platform (by SLT, or the data protection officer erasing photos): the draft is withdrawn. */
    @PreAuthorize(Roles.IS_SLT_OR_DPO)
    @Transactional
    public Optional<DraftDetails> withdrawn(UUID reference) {
        return moveTo(reference, DraftStatus.WITHDRAWN);
    }

    /**
     * Drafts of any status and author whose text holds the words (in any case), latest change first, at
     * most {@code max}: for SLT's search.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<DraftDetails> withText(String words, int max) {
        var escaped = words.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return details(drafts.withTextLike("%" + escaped + "%", Limit.of(max)));
    }

    /** Drafts whose photos show this pupil and that were not published or withdrawn. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<DraftDetails> showing(String upn) {
        return details(drafts.showing(upn).stream()
                .filter(d -> d.getStatus() != DraftStatus.PUBLISHED && d.getStatus() != DraftStatus.WITHDRAWN)
                .toList());
    }

    /**
     * Drafts not approved yet (being written, waiting for approval or sent back) that their authors mean to
     * go out from {@code from} (inclusive) to {@code to} (exclusive), for the calendar.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<DraftDetails> waitingBetween(Instant from, Instant to) {
        return details(drafts.findByStatusInAndMeantForBetweenOrderByMeantFor(
                Set.of(DraftStatus.DRAFT, DraftStatus.SUBMITTED, DraftStatus.REJECTED), from, to.minusNanos(1)));
    }

    /**
     * SLT moved the approved post to another time: what was approved is unchanged, so it stays approved,
     * now scheduled.
     *
     * @throws ObjectOptimisticLockingFailureException if the draft changed since {@code version} or is
     *                                                 not approved and unsent
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public DraftDetails rescheduled(DraftId id, long version) {
        var draft = atVersion(id, version);
        if (!draft.getStatus().approvedNotSent()) {
            throw new ObjectOptimisticLockingFailureException(Draft.class, id.value());
        }
        if (draft.getStatus() != DraftStatus.SCHEDULED) {
            draft.moveTo(DraftStatus.SCHEDULED, clock.instant());
            drafts.saveAndFlush(draft);
        }
        return details(draft);
    }

    /**
     * Drafts not published or withdrawn whose photos show this pupil, or whose text or alt texts name
     * them by the given rule (the checks' own): a pupil was flagged "never publish".
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<DraftDetails> showingOrNaming(String upn, Predicate<String> names) {
        var showing = drafts.showing(upn).stream().map(Draft::getId).collect(Collectors.toSet());
        return details(drafts.findByStatusNotIn(List.of(DraftStatus.PUBLISHED, DraftStatus.WITHDRAWN)).stream()
                .filter(d -> showing.contains(d.getId())
                        || names.test(d.getText())
                        || d.content().photos().stream().anyMatch(p -> names.test(p.altText())))
                .toList());
    }

    /** Drafts written under a trip delegation and sent for approval (P2), oldest first. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<DraftDetails> underTripDelegation() {
        return details(drafts.findByDelegationIdIsNotNullAndStatusNotOrderBySubmittedAtAsc(DraftStatus.DRAFT));
    }

    /** One page of {@link #underTripDelegation()}, the submission's id breaking ties. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public Page<DraftDetails> underTripDelegation(Pageable page) {
        var found = drafts.findByDelegationIdIsNotNullAndStatusNotOrderBySubmittedAtAscIdAsc(DraftStatus.DRAFT, page);
        return new PageImpl<>(details(found.getContent()), found.getPageable(), found.getTotalElements());
    }

    /** How many drafts {@link #underTripDelegation()} holds. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public long underTripDelegationCount() {
        return drafts.countByDelegationIdIsNotNullAndStatusNot(DraftStatus.DRAFT);
    }

    /** How many of these drafts {@link #underTripDelegation()} holds. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public long underTripDelegationCount(Collection<UUID> among) {
        return among.isEmpty() ? 0 : drafts.countByDelegationIdIsNotNullAndStatusNotAndIdIn(DraftStatus.DRAFT, among);
    }

    private Optional<DraftDetails> moveTo(UUID reference, DraftStatus status) {
        return drafts.findById(reference).map(draft -> {
            draft.moveTo(status, clock.instant());
            drafts.saveAndFlush(draft);
            return details(draft);
        });
    }

    private Draft atVersion(DraftId id, long version) {
        var draft = drafts.findById(id.value()).orElseThrow(() -> new DraftNotFound(id));
        if (draft.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Draft.class, id.value());
        }
        return draft;
    }

    /**
     * A list's drafts with their accounts and latest checks, read for the whole list at once: the queue
     * may hold hundreds of drafts, and a query per draft for each made opening it take seconds.
     */
    private List<DraftDetails> details(List<Draft> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        var byId = accounts.all().stream().collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
        var latest = new HashMap<UUID, DraftCheck>();
        for (var check :
                checks.findLatestByDraftIdIn(list.stream().map(Draft::getId).toList())) {
            latest.merge(check.getDraftId(), check, (a, b) -> LATEST_FIRST.compare(a, b) <= 0 ? a : b);
        }
        return list.stream()
                .map(draft -> {
                    var check = latest.get(draft.getId());
                    if (check == null) {
                        throw new IllegalStateException("Draft " + draft.getId() + " was never checked");
                    }
                    return Drafts.details(draft, byId.get(draft.getAccountId()), check.toStoredCheck());
                })
                .toList();
    }

    private DraftDetails details(Draft draft) {
        var account = accounts.account(new AccountId(draft.getAccountId())).orElseThrow();
        var check = checks.findFirstByDraftIdOrderByCheckedAtDescDraftVersionDesc(draft.getId())
                .map(DraftCheck::toStoredCheck)
                .orElseThrow(() -> new IllegalStateException("Draft " + draft.getId() + " was never checked"));
        return Drafts.details(draft, account, check);
    }
}
