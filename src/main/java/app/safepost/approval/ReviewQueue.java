package app.safepost.approval;

import app.safepost.approval.domain.Decision;
import app.safepost.approval.domain.DecisionRepository;
import app.safepost.common.SchoolTime;
import app.safepost.compliance.Severity;
import app.safepost.compliance.Verdict;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.DraftDetails;
import app.safepost.drafting.DraftId;
import app.safepost.drafting.DraftNotFound;
import app.safepost.drafting.DraftReviews;
import app.safepost.drafting.DraftStatus;
import app.safepost.drafting.QueuedDraft;
import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.media.MediaSummary;
import app.safepost.notifications.Notice;
import app.safepost.notifications.Notices;
import app.safepost.publishing.PlatformSwitch;
import app.safepost.publishing.PostToPublish;
import app.safepost.publishing.PublishedPhoto;
import app.safepost.publishing.PublishedPost;
import app.safepost.publishing.Publishing;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SLT's review of submitted drafts. Four eyes: nobody approves their own draft. A decision names the
 * draft version it was made on; if the draft changed or was decided since, it is refused with
 * {@link ObjectOptimisticLockingFailureException} ("already decided"). Approval runs the checks again
 * (stored with the draft), refuses while they block (P12, P13, P15), asks for a reason to approve photos
 * not taken on a registered school device (P3), and hands the post to publishing in the same transaction.
 */
@Service
public class ReviewQueue {

    /** Comments and override reasons are a few sentences. */
    public static final int MAX_COMMENT = 2000;

    public static final int MAX_OVERRIDE_REASON = 500;

    private final DraftReviews drafts;
    private final DecisionRepository decisions;
    private final MediaLibrary media;
    private final Publishing publishing;
    private final PlatformSwitch platformSwitch;
    private final Notices notices;
    private final Clock clock;

    ReviewQueue(
            DraftReviews drafts,
            DecisionRepository decisions,
            MediaLibrary media,
            Publishing publishing,
            PlatformSwitch platformSwitch,
            Notices notices,
            Clock clock) {
        this.platformSwitch = platformSwitch;
        this.drafts = drafts;
        this.decisions = decisions;
        this.media = media;
        this.publishing = publishing;
        this.notices = notices;
        this.clock = clock;
    }

    /** Drafts waiting for a decision, oldest submission first. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<DraftDetails> queue() {
        return drafts.queue();
    }

    /**
     * One page of {@link #queue()} as the queue lists it, oldest submission first; {@link #waiting()}
     * counts them all and {@link #open} reads one whole.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<QueuedDraft> queue(Pageable page) {
        return drafts.queue(page);
    }

    /** How many submitted drafts wait for a decision. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public long waiting() {
        return drafts.waiting();
    }

    /** A draft as a reviewer opens it, with the checks run again now (not stored). */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public Optional<ReviewItem> open(DraftId id) {
        return drafts.find(id)
                .map(draft -> new ReviewItem(
                        draft,
                        drafts.checkNow(id),
                        photos(draft),
                        decisions.findByDraftIdOrderByDecidedAtAsc(id.value()).stream()
                                .map(Decision::summary)
                                .toList()));
    }

    /**
     * Approves this version of the draft, to be published at {@code publishAt} (now when null).
     *
     * @param deviceOverrideReason why photos not taken on a registered school device may go out (P3);
     *                             needed only when there are such photos
     * @throws DecisionRefused                         for the reviewer's own draft, a block, a missing override
     *                                                 reason or a time in the past
     * @throws ObjectOptimisticLockingFailureException if the draft changed or was decided since {@code version}
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(noRollbackFor = DecisionRefused.class)
    public DraftDetails approve(
            DraftId id, long version, @Nullable Instant publishAt, @Nullable String deviceOverrideReason) {
        var me = SignedInStaff.currentAuthor().username();
        var draft = submitted(id, version);
        if (draft.author().equals(me)) {
            throw new DecisionRefused(
                    DecisionRefused.Reason.OWN_DRAFT,
                    "The author may not approve their own draft; another member of SLT decides on it.");
        }
        var now = clock.instant();
        if (publishAt != null && publishAt.isBefore(now.truncatedTo(ChronoUnit.MINUTES))) {
            throw new DecisionRefused(
                    DecisionRefused.Reason.PUBLISH_AT_PAST,
                    "Choose a time from now on; " + SchoolTime.dateTime(publishAt) + " has passed.");
        }
        var override = deviceOverrideReason == null ? "" : deviceOverrideReason.strip();
        if (override.length() > MAX_OVERRIDE_REASON) {
            throw new DecisionRefused(
                    DecisionRefused.Reason.TOO_LONG, "Keep the reason to " + MAX_OVERRIDE_REASON + " characters.");
        }
        // Stored even when it blocks, so the trail shows why the approval was refused.
        var check = drafts.checkAtApproval(id, version);
        if (check.result().verdict() == Verdict.BLOCK) {
            long blocks = check.result().findings().stream()
                    .filter(f -> f.severity() == Severity.BLOCK)
                    .count();
            throw new DecisionRefused(
                    DecisionRefused.Reason.BLOCKED,
                    "The policy checks, run again now, block this " + "post ("
                            + (blocks == 1 ? "1 problem" : blocks + " problems") + "). Send it back to the author.");
        }
        var unregistered =
                photos(draft).stream().filter(p -> !p.fromRegisteredDevice()).count();
        if (unregistered > 0 && override.isEmpty()) {
            throw new DecisionRefused(
                    DecisionRefused.Reason.DEVICE_NOT_REGISTERED,
                    (unregistered == 1 ? "A photo was not" : unregistered + " photos were not")
                            + " taken on a registered school iPad "
                            + "(P3). Give a reason to approve it anyway, or send the draft back.");
        }
        var decided =
                drafts.decide(id, version, publishAt == null ? DraftStatus.APPROVED : DraftStatus.SCHEDULED, null);
        var at = publishAt == null ? now : publishAt;
        publishing.schedule(postToPublish(draft, version, at, me));
        decisions.save(new Decision(
                id.value(),
                version,
                publishAt == null ? Decision.APPROVED : Decision.SCHEDULED,
                null,
                publishAt,
                unregistered > 0 ? override : null,
                me,
                now));
        var practice = platformSwitch.isLive(draft.account().id())
                ? ""
                : " " + PublishedPost.PRACTICE + ": " + draft.account().handle() + " is in practice mode, so the post"
                        + " will be kept in the portal and nothing will leave the school.";
        notices.toStaff(
                List.of(draft.author()),
                new Notice(
                        "Your post to " + draft.account().handle() + " was approved",
                        (publishAt == null
                                        ? "It goes out now."
                                        : "It goes out on " + SchoolTime.dateTime(publishAt) + ".")
                                + practice,
                        "post/" + id));
        return decided;
    }

    /**
     * Moves an approved post that has not gone out to another time. Its text, photos and pupils are those
     * approved, so the approval stands (a changed text goes back for approval through the editor); the
     * move is recorded as a decision with who made it, and the author is told. Any member of SLT may
     * move a post, its author included: four eyes are about what goes out, not when.
     *
     * @throws DecisionRefused                         for a time in the past, or a post being sent or sent
     * @throws ObjectOptimisticLockingFailureException if the draft changed since {@code version}
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(noRollbackFor = DecisionRefused.class)
    public DraftDetails move(DraftId id, long version, Instant publishAt) {
        var me = SignedInStaff.currentAuthor().username();
        var now = clock.instant();
        if (publishAt.isBefore(now.truncatedTo(ChronoUnit.MINUTES))) {
            throw new DecisionRefused(
                    DecisionRefused.Reason.PUBLISH_AT_PAST,
                    "Choose a time from now on; " + SchoolTime.dateTime(publishAt) + " has passed.");
        }
        var draft = drafts.find(id).orElseThrow(() -> new DraftNotFound(id));
        if (draft.version() != version || !draft.status().approvedNotSent()) {
            throw new ObjectOptimisticLockingFailureException("Draft", id.value());
        }
        if (!publishing.reschedule(id.value(), publishAt)) {
            throw new DecisionRefused(
                    DecisionRefused.Reason.NOT_MOVABLE,
                    "This post is being sent or was sent " + "already, so it can no longer be moved.");
        }
        var moved = drafts.rescheduled(id, version);
        decisions.save(new Decision(id.value(), moved.version(), Decision.MOVED, null, publishAt, null, me, now));
        if (!draft.author().equals(me)) {
            notices.toStaff(
                    List.of(draft.author()),
                    new Notice(
                            "Your post to " + draft.account().handle() + " was moved",
                            "It now goes out on " + SchoolTime.dateTime(publishAt) + ".",
                            "post/" + id));
        }
        return moved;
    }

    /**
     * Sends this version back to its author with a comment saying what to change. The comment is shown
     * with the draft, never in notices or e-mails.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public DraftDetails reject(DraftId id, long version, @Nullable String comment) {
        var me = SignedInStaff.currentAuthor().username();
        var reason = comment == null ? "" : comment.strip();
        if (reason.isEmpty()) {
            throw new DecisionRefused(
                    DecisionRefused.Reason.COMMENT_REQUIRED,
                    "Say what the author should change before it can be approved.");
        }
        if (reason.length() > MAX_COMMENT) {
            throw new DecisionRefused(
                    DecisionRefused.Reason.TOO_LONG, "Keep the comment to " + MAX_COMMENT + " characters.");
        }
        var draft = submitted(id, version);
        var decided = drafts.decide(id, version, DraftStatus.REJECTED, reason);
        decisions.save(new Decision(id.value(), version, Decision.REJECTED, reason, null, null, me, clock.instant()));
        notices.toStaff(
                List.of(draft.author()),
                new Notice(
                        "Your post to " + draft.account().handle() + " was sent back",
                        "Open it to read what to change, then submit it again.",
                        "post/" + id));
        return decided;
    }

    /** The decisions made on a draft, oldest first. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<ReviewDecision> decisionsOn(DraftId id) {
        return decisions.findByDraftIdOrderByDecidedAtAsc(id.value()).stream()
                .map(Decision::summary)
                .toList();
    }

    private DraftDetails submitted(DraftId id, long version) {
        var draft = drafts.find(id).orElseThrow(() -> new DraftNotFound(id));
        if (draft.version() != version || draft.status() != DraftStatus.SUBMITTED) {
            throw new ObjectOptimisticLockingFailureException("Draft", id.value());
        }
        return draft;
    }

    private List<MediaSummary> photos(DraftDetails draft) {
        return draft.content().photos().stream()
                .map(p -> media.find(new MediaId(p.mediaId()))
                        .orElseThrow(() -> new IllegalStateException(
                                "Photo " + p.mediaId() + " of draft " + draft.id() + " is missing")))
                .toList();
    }

    private static PostToPublish postToPublish(DraftDetails draft, long version, Instant at, String approvedBy) {
        var content = draft.content();
        return new PostToPublish(
                draft.id().value(),
                version,
                draft.account().id(),
                content.text(),
                content.photos().stream()
                        .map(p -> new PublishedPhoto(new MediaId(p.mediaId()), p.altText()))
                        .toList(),
                content.pupilsShown().stream()
                        .map(DraftContent.PupilShown::upn)
                        .distinct()
                        .toList(),
                at,
                draft.author(),
                approvedBy,
                draft.delegation());
    }
}
