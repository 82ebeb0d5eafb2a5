package app.safepost.drafting;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.SocialAccounts;
import app.safepost.audit.AuditTrail;
import app.safepost.audit.FieldChange;
import app.safepost.compliance.ComplianceResult;
import app.safepost.compliance.Severity;
import app.safepost.compliance.Verdict;
import app.safepost.drafting.domain.Draft;
import app.safepost.drafting.domain.DraftCheck;
import app.safepost.drafting.domain.DraftCheckRepository;
import app.safepost.drafting.domain.DraftRepository;
import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.publishing.Publishing;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Drafts: written by staff for the accounts they may post to (P1, P2, P4), checked against the
 * policy on every save and again at submission (P5, P12, P13, P15), submitted for SLT's approval.
 * A draft is seen by its author and by SLT (the head teacher included); to anyone else it does not
 * exist.
 */
@Service
@Validated
public class Drafts {

    /** Those who write posts: teachers and TAs for their classes, SLT (the head included) for every account. */
    public static final String IS_DRAFTER =
            "hasAnyRole('" + Roles.TEACHER + "','" + Roles.TEACHING_ASSISTANT + "','" + Roles.SLT + "')";

    /** Warnings are acknowledged in a sentence, not an essay. */
    public static final int MAX_ACKNOWLEDGEMENT = 500;

    private final DraftRepository drafts;
    private final DraftCheckRepository checks;
    private final PostChecks postChecks;
    private final SocialAccounts accounts;
    private final AuditTrail auditTrail;
    private final Publishing publishing;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MediaLibrary media;

    Drafts(
            DraftRepository drafts,
            DraftCheckRepository checks,
            PostChecks postChecks,
            SocialAccounts accounts,
            AuditTrail auditTrail,
            Publishing publishing,
            ApplicationEventPublisher events,
            Clock clock,
            MediaLibrary media) {
        this.media = media;
        this.publishing = publishing;
        this.events = events;
        this.drafts = drafts;
        this.checks = checks;
        this.postChecks = postChecks;
        this.accounts = accounts;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * Starts a draft for an account the caller may draft for, checks it and stores the result with it.
     * Posting under a trip delegation stamps the draft with the delegation.
     */
    @PreAuthorize(Drafts.IS_DRAFTER)
    @Transactional
    public DraftDetails create(AccountId account, @Valid DraftContent content) {
        return create(account, content, null);
    }

    /** The same, meant to go out at {@code meantFor} (shown on the calendar; approval starts from it). */
    @PreAuthorize(Drafts.IS_DRAFTER)
    @Transactional
    public DraftDetails create(AccountId account, @Valid DraftContent content, @Nullable Instant meantFor) {
        var right = postChecks.draftableRight(account);
        var summary = right.account();
        var delegation = right.delegation();
        var author = SignedInStaff.currentAuthor().username();
        var draft = new Draft(
                account.value(),
                author,
                normalised(postChecks.withCoversFromPhotos(content)),
                delegation == null ? null : delegation.value(),
                clock.instant());
        draft.planFor(meantFor);
        drafts.saveAndFlush(draft);
        return details(draft, summary, record(draft, summary, CheckOccasion.SAVE));
    }

    /**
     * Saves new content; refused if the draft changed since {@code version} or is no longer the author's to edit.
     * An approved draft not yet sent may still be changed: its publication is cancelled and it goes back to
     * SLT for approval (or to the author, while the checks block or warn), since the approval was for the
     * version before.
     */
    @PreAuthorize(Drafts.IS_DRAFTER)
    @Transactional
    public DraftDetails save(DraftId id, @Valid DraftContent content, long version) {
        var draft = ownDraft(id, version);
        return save(draft, content, draft.getMeantFor());
    }

    /** The same with when the author means the post to go out (the calendar shows it on that day). */
    @PreAuthorize(Drafts.IS_DRAFTER)
    @Transactional
    public DraftDetails save(DraftId id, @Valid DraftContent content, long version, @Nullable Instant meantFor) {
        return save(ownDraft(id, version), content, meantFor);
    }

    private DraftDetails save(Draft draft, DraftContent content, @Nullable Instant meantFor) {
        draft.planFor(meantFor);
        if (draft.getStatus().approvedNotSent()) {
            return changeAfterApproval(draft, content);
        }
        if (!draft.getStatus().editable()) {
            throw new SubmissionRefused(
                    SubmissionRefused.Reason.NOT_EDITABLE,
                    "This draft is " + draft.getStatus().label().toLowerCase() + " and can no longer be changed.");
        }
        var summary = postChecks.draftableAccount(new AccountId(draft.getAccountId()));
        draft.write(normalised(postChecks.withCoversFromPhotos(content)), clock.instant());
        drafts.saveAndFlush(draft);
        return details(draft, summary, record(draft, summary, CheckOccasion.SAVE));
    }

    /**
     * Sends the draft to SLT for approval after checking it again against the roster of this moment.
     * Refused while the checks block it, and while they warn unless the author says in a sentence
     * why the post is fine.
     */
    @PreAuthorize(Drafts.IS_DRAFTER)
    @Transactional
    public DraftDetails submit(DraftId id, long version, @Nullable String acknowledgement) {
        var draft = ownDraft(id, version);
        if (!draft.getStatus().editable()) {
            throw new SubmissionRefused(
                    SubmissionRefused.Reason.NOT_EDITABLE,
                    "This draft is " + draft.getStatus().label().toLowerCase() + " already.");
        }
        var summary = postChecks.draftableAccount(new AccountId(draft.getAccountId()));
        var result = postChecks.checkFor(summary, draft.content());
        if (result.verdict() == Verdict.BLOCK) {
            throw new SubmissionRefused(
                    SubmissionRefused.Reason.BLOCKED,
                    "The policy checks block this post: " + blockCount(result)
                            + ". Change what is highlighted, then submit again.");
        }
        var reason = acknowledgement == null ? "" : acknowledgement.strip();
        if (result.verdict() == Verdict.WARN && reason.isEmpty()) {
            throw new SubmissionRefused(
                    SubmissionRefused.Reason.WARNINGS_NOT_ACKNOWLEDGED,
                    "The checks warn about " + "this post. Say briefly why it is fine as it is, then submit again.");
        }
        if (reason.length() > MAX_ACKNOWLEDGEMENT) {
            throw new SubmissionRefused(
                    SubmissionRefused.Reason.WARNINGS_NOT_ACKNOWLEDGED,
                    "Keep the reason to " + MAX_ACKNOWLEDGEMENT + " characters.");
        }
        draft.submit(result.verdict() == Verdict.WARN ? reason : null, clock.instant());
        drafts.saveAndFlush(draft);
        var check = checks.save(new DraftCheck(
                draft.getId(),
                draft.getVersion(),
                CheckOccasion.SUBMISSION,
                result,
                clock.instant(),
                SignedInStaff.currentAuthor().username()));
        events.publishEvent(new DraftSubmitted(
                new DraftId(draft.getId()),
                new AccountId(draft.getAccountId()),
                draft.getAuthor(),
                draft.getVersion(),
                clock.instant()));
        return details(draft, summary, check.toStoredCheck());
    }

    private DraftDetails changeAfterApproval(Draft draft, DraftContent content) {
        if (!publishing.withdraw(draft.getId())) {
            throw new SubmissionRefused(
                    SubmissionRefused.Reason.NOT_EDITABLE,
                    "This post is being sent or was sent already and can no longer be changed.");
        }
        var summary = postChecks.draftableAccount(new AccountId(draft.getAccountId()));
        draft.write(normalised(postChecks.withCoversFromPhotos(content)), clock.instant());
        var result = postChecks.checkFor(summary, draft.content());
        boolean passes = result.verdict() == Verdict.PASS;
        draft.backToReview(passes, clock.instant());
        drafts.saveAndFlush(draft);
        var check = checks.save(new DraftCheck(
                draft.getId(),
                draft.getVersion(),
                passes ? CheckOccasion.SUBMISSION : CheckOccasion.SAVE,
                result,
                clock.instant(),
                SignedInStaff.currentAuthor().username()));
        if (passes) {
            events.publishEvent(new DraftSubmitted(
                    new DraftId(draft.getId()),
                    new AccountId(draft.getAccountId()),
                    draft.getAuthor(),
                    draft.getVersion(),
                    clock.instant()));
        }
        return details(draft, summary, check.toStoredCheck());
    }

    /** A draft the caller may see: their own, or any for SLT. */
    @PreAuthorize(Drafts.IS_DRAFTER)
    @Transactional(readOnly = true)
    public Optional<DraftDetails> find(DraftId id) {
        return drafts.findById(id.value()).filter(Drafts::visible).map(draft -> {
            var summary = accounts.account(new AccountId(draft.getAccountId())).orElseThrow();
            return details(draft, summary, latestCheck(draft));
        });
    }

    /** How many of the caller's drafts SLT sent back to them: what waits for the author. */
    @PreAuthorize(Drafts.IS_DRAFTER)
    @Transactional(readOnly = true)
    public long sentBackCount() {
        return drafts.countByAuthorAndStatus(SignedInStaff.currentAuthor().username(), DraftStatus.REJECTED);
    }

    /** The caller's own drafts, most recently changed first. */
    @PreAuthorize(Drafts.IS_DRAFTER)
    @Transactional(readOnly = true)
    public List<DraftSummary> mine() {
        return summaries(drafts.findByAuthorOrderByUpdatedAtDesc(
                SignedInStaff.currentAuthor().username()));
    }

    /** One page of {@link #mine()}: only the page's drafts (and their checks) are read. */
    @PreAuthorize(Drafts.IS_DRAFTER)
    @Transactional(readOnly = true)
    public Page<DraftSummary> mine(Pageable page) {
        var author = SignedInStaff.currentAuthor().username();
        var own = drafts.findByAuthorOrderByUpdatedAtDescIdAsc(author, page);
        return new PageImpl<>(summaries(own.getContent()), page, own.getTotalElements());
    }

    /** How many drafts {@link #mine()} holds. */
    @PreAuthorize(Drafts.IS_DRAFTER)
    @Transactional(readOnly = true)
    public long mineCount() {
        return drafts.countByAuthor(SignedInStaff.currentAuthor().username());
    }

    private List<DraftSummary> summaries(List<Draft> own) {
        var handles = accounts.all().stream().collect(Collectors.toMap(a -> a.id().value(), AccountSummary::handle));
        var verdicts = new HashMap<UUID, Verdict>();
        if (!own.isEmpty()) {
            // newest first, so the first result seen per draft is its latest
            checks.findVerdictsByDraftIdIn(own.stream().map(Draft::getId).toList())
                    .forEach(c -> verdicts.putIfAbsent(c.getDraftId(), c.getVerdict()));
        }
        var practice = publishing.keptInPractice(own.stream()
                .filter(d -> d.getStatus() == DraftStatus.PUBLISHED || d.getStatus() == DraftStatus.WITHDRAWN)
                .map(Draft::getId)
                .toList());
        return own.stream()
                .map(d -> new DraftSummary(
                        new DraftId(d.getId()),
                        handles.getOrDefault(d.getAccountId(), "?"),
                        d.getAuthor(),
                        d.getStatus(),
                        opening(d.getText()),
                        verdicts.getOrDefault(d.getId(), Verdict.PASS),
                        d.getUpdatedAt(),
                        practice.contains(d.getId())))
                .toList();
    }

    /**
     * Whether the draft went out in practice mode: its account was not switched to its platform, so it
     * was kept in the portal and nothing left the school.
     */
    @PreAuthorize(Drafts.IS_DRAFTER)
    @Transactional(readOnly = true)
    public boolean keptInPractice(DraftId id) {
        return drafts.findById(id.value()).filter(Drafts::visible).isPresent()
                && publishing.keptInPractice(List.of(id.value())).contains(id.value());
    }

    /**
     * Every saved version of a draft, oldest first, read from its audit trail: who saved it, when,
     * its status and its text then.
     */
    @PreAuthorize(Drafts.IS_DRAFTER)
    @Transactional(readOnly = true)
    public List<DraftVersion> versions(DraftId id) {
        var draft = drafts.findById(id.value()).filter(Drafts::visible).orElseThrow(() -> new DraftNotFound(id));
        var state = new LinkedHashMap<String, Object>();
        var versions = new ArrayList<DraftVersion>();
        for (var revision : auditTrail.historyOf(Draft.class, draft.getId())) {
            boolean relevant = false;
            for (FieldChange change : revision.changes()) {
                state.put(change.field(), change.after());
                relevant |= change.field().equals("text") || change.field().equals("status");
            }
            if (relevant && state.get("status") != null) {
                versions.add(new DraftVersion(
                        revision.revision(),
                        revision.at(),
                        revision.by(),
                        DraftStatus.valueOf(String.valueOf(state.get("status"))),
                        String.valueOf(state.get("text"))));
            }
        }
        return versions;
    }

    /**
     * Deletes a draft its author no longer wants, while it is still theirs to edit (never one SLT
     * approved). Its photos go with it unless another draft uses them or the caller may not discard
     * them. The audit trail keeps every version and the deletion.
     *
     * @return how many photos were deleted with it
     */
    @PreAuthorize(Drafts.IS_DRAFTER)
    @Transactional
    public int delete(DraftId id, long version) {
        var draft = ownDraft(id, version);
        if (!draft.getStatus().editable()) {
            throw new SubmissionRefused(
                    SubmissionRefused.Reason.NOT_EDITABLE,
                    "This draft is " + draft.getStatus().label().toLowerCase() + " and can no longer be deleted.");
        }
        var photos = draft.content().photos().stream()
                .map(DraftContent.AttachedPhoto::mediaId)
                .distinct()
                .toList();
        drafts.delete(draft);
        drafts.flush();
        int deleted = 0;
        for (var photo : photos) {
            var mediaId = new MediaId(photo);
            if (drafts.countPhotoUses(photo) == 0 && media.find(mediaId).isPresent()) {
                media.discard(mediaId);
                deleted++;
            }
        }
        return deleted;
    }

    /** The audit trail explorer filtered to this draft: for SLT, who read the audit trail. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public String historyLink(DraftId id) {
        var draft = drafts.findById(id.value()).orElseThrow(() -> new DraftNotFound(id));
        return auditTrail.historyLink(Draft.class, draft.getId());
    }

    private Draft ownDraft(DraftId id, long version) {
        var author = SignedInStaff.currentAuthor().username();
        var draft = drafts.findById(id.value())
                .filter(d -> d.getAuthor().equals(author))
                .orElseThrow(() ->
                        drafts.findById(id.value()).filter(Drafts::visible).isPresent()
                                ? new AccessDeniedException("Only the author changes a draft.")
                                : new DraftNotFound(id));
        if (draft.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Draft.class, id.value());
        }
        return draft;
    }

    private static boolean visible(Draft draft) {
        var staff = SignedInStaff.current().orElseThrow();
        return draft.getAuthor().equals(staff.username()) || staff.hasRole(Roles.SLT);
    }

    private StoredCheck record(Draft draft, AccountSummary account, CheckOccasion occasion) {
        var result = postChecks.checkFor(account, draft.content());
        return checks.save(new DraftCheck(
                        draft.getId(),
                        draft.getVersion(),
                        occasion,
                        result,
                        clock.instant(),
                        SignedInStaff.currentAuthor().username()))
                .toStoredCheck();
    }

    private StoredCheck latestCheck(Draft draft) {
        return checks.findFirstByDraftIdOrderByCheckedAtDescDraftVersionDesc(draft.getId())
                .map(DraftCheck::toStoredCheck)
                .orElseThrow(() -> new IllegalStateException("Draft " + draft.getId() + " was never checked"));
    }

    static DraftDetails details(Draft draft, AccountSummary account, StoredCheck check) {
        return new DraftDetails(
                new DraftId(draft.getId()),
                account,
                draft.getAuthor(),
                draft.getStatus(),
                draft.getVersion(),
                draft.content(),
                check,
                draft.getWarningsAcknowledgement(),
                draft.getCreatedAt(),
                draft.getUpdatedAt(),
                draft.getSubmittedAt(),
                draft.getDelegationId(),
                draft.getReviewComment(),
                draft.getMeantFor());
    }

    /** Each pupil once per photo (covered only if every mention says so), in the order the draft keeps them. */
    private static DraftContent normalised(DraftContent content) {
        var pupils = content.pupilsShown().stream()
                .collect(Collectors.toMap(
                        p -> p.upn() + "/" + p.mediaId(),
                        Function.identity(),
                        (a, b) -> new DraftContent.PupilShown(a.upn(), a.covered() && b.covered(), a.mediaId())));
        return new DraftContent(
                content.text(),
                content.photos(),
                pupils.values().stream()
                        .sorted(Comparator.comparing(DraftContent.PupilShown::upn)
                                .thenComparing(p -> String.valueOf(p.mediaId())))
                        .toList());
    }

    private static String blockCount(ComplianceResult result) {
        long blocks = result.findings().stream()
                .filter(f -> f.severity() == Severity.BLOCK)
                .count();
        return blocks == 1 ? "1 problem" : blocks + " problems";
    }

    private static String opening(String text) {
        var oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= 80) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, 79)) + "…";
    }
}
