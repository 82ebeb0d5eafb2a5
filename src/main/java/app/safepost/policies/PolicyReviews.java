package app.safepost.policies;

import app.safepost.audit.AuditTrail;
import app.safepost.common.SchoolTime;
import app.safepost.compliance.NameMask;
import app.safepost.policies.domain.PolicyClauses;
import app.safepost.policies.domain.PolicyDocument;
import app.safepost.policies.domain.PolicyDocumentRepository;
import app.safepost.policies.domain.PolicyRepository;
import app.safepost.policies.domain.PolicyReview;
import app.safepost.policies.domain.PolicyReviewRepository;
import app.safepost.policies.domain.PolicyText;
import app.safepost.policies.domain.ReviewComment;
import app.safepost.policies.domain.ReviewCommentRepository;
import app.safepost.policies.domain.ReviewCycle;
import app.safepost.pupils.PupilNameMask;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual review of a policy (P16): SLT open it and edit the draft section by section, with tracked
 * changes against the adopted version and the clauses they affect; SLT and governors comment in
 * threads that SLT resolve; SLT re-confirm the accounts, follow exceptions and guidance; and the head
 * teacher signs off the exact text, which becomes the adopted version.
 */
@Service
public class PolicyReviews {

    static final String IS_HEAD_TEACHER = "hasRole('" + Roles.HEAD_TEACHER + "')";
    static final int LONGEST_DRAFT = 200_000;
    static final int LONGEST_COMMENT = 2000;

    private final PolicyRepository policies;
    private final PolicyDocumentRepository documents;
    private final PolicyReviewRepository reviews;
    private final ReviewCommentRepository comments;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail auditTrail;
    private final PupilNameMask pupilNames;

    PolicyReviews(
            PolicyRepository policies,
            PolicyDocumentRepository documents,
            PolicyReviewRepository reviews,
            ReviewCommentRepository comments,
            ApplicationEventPublisher events,
            Clock clock,
            AuditTrail auditTrail,
            PupilNameMask pupilNames) {
        this.auditTrail = auditTrail;
        this.pupilNames = pupilNames;
        this.policies = policies;
        this.documents = documents;
        this.reviews = reviews;
        this.comments = comments;
        this.events = events;
        this.clock = clock;
    }

    /** Opens the review of a policy, or returns the one already open. It may open at any time before the due date. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public ReviewDetails open(PolicyId id) {
        var existing = reviews.findByPolicyIdAndStatus(id.value(), PolicyReview.Status.OPEN);
        if (existing.isPresent()) {
            return details(existing.get());
        }
        var adopted = documents
                .findByPolicyIdAndStatus(id.value(), PolicyDocument.Status.ADOPTED)
                .orElseThrow(() ->
                        new PolicyChangeRefused("policy", "The portal has no text of this policy to review yet."));
        return details(reviews.saveAndFlush(new PolicyReview(adopted, today(), me().username())));
    }

    /** The open review of a policy, if there is one. */
    @PreAuthorize(Roles.IS_SLT_GOVERNOR_OR_TRUST)
    @Transactional(readOnly = true)
    public Optional<ReviewDetails> openReviewOf(PolicyId id) {
        return reviews.findByPolicyIdAndStatus(id.value(), PolicyReview.Status.OPEN)
                .map(this::details);
    }

    @PreAuthorize(Roles.IS_SLT_GOVERNOR_OR_TRUST)
    @Transactional(readOnly = true)
    public ReviewDetails review(ReviewId id) {
        return details(find(id));
    }

    /** The audit trail explorer filtered to this review: every save of the draft, who made it and when. */
    @PreAuthorize(Roles.IS_SLT_GOVERNOR_OR_TRUST)
    @Transactional(readOnly = true)
    public String historyLink(ReviewId id) {
        return auditTrail.historyLink(PolicyReview.class, find(id).getId());
    }

    /**
     * Replaces one section (heading and its text) of the draft.
     *
     * @param version the review's version as the editor read it; a different one means someone else saved since
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public ReviewDetails saveSection(ReviewId id, int section, String text, long version) {
        var review = openForChange(id, version);
        var sections = PolicyText.sections(review.getDraft());
        if (section < 0 || section >= sections.size()) {
            throw new PolicyChangeRefused("draft", "That section is no longer in the draft. Reload the review.");
        }
        return saveText(review, PolicyText.replaceSection(review.getDraft(), section, text == null ? "" : text));
    }

    /** Replaces the whole draft. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public ReviewDetails saveDraft(ReviewId id, String text, long version) {
        return saveText(openForChange(id, version), text == null ? "" : text.replace("\r\n", "\n"));
    }

    /** The draft against the adopted version, clause by clause. */
    @PreAuthorize(Roles.IS_SLT_GOVERNOR_OR_TRUST)
    @Transactional(readOnly = true)
    public List<TrackedChange> trackedChanges(ReviewId id) {
        var review = find(id);
        var mask = pupilNames.forReader();
        return PolicyText.trackedChanges(base(review).getBody(), review.getDraft()).stream()
                .map(c -> mask.masks() ? new TrackedChange(c.kind(), mask.maskFullNames(c.text())) : c)
                .toList();
    }

    /** The clauses P1–P17 whose wording the draft changes, with the features (settings) they drive. */
    @PreAuthorize(Roles.IS_SLT_GOVERNOR_OR_TRUST)
    @Transactional(readOnly = true)
    public List<PolicyClause> affectedClauses(ReviewId id) {
        var review = find(id);
        return PolicyClauses.affectedBy(PolicyText.trackedChanges(base(review).getBody(), review.getDraft()));
    }

    /** A new comment on a section of the draft. */
    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    @Transactional
    public PolicyComment comment(ReviewId id, String section, String text) {
        var review = find(id);
        requireOpen(review);
        var body = commentText(text, "text");
        if (section == null
                || PolicyText.sections(review.getDraft()).stream()
                        .noneMatch(s -> s.title().equals(section))) {
            throw new PolicyChangeRefused("section", "Choose the section you are commenting on.");
        }
        var author = me();
        return forReader(
                comments.save(new ReviewComment(
                                review.getId(),
                                null,
                                section,
                                author.username(),
                                author.displayName(),
                                body,
                                clock.instant()))
                        .view(),
                pupilNames.forReader());
    }

    /** A reply in a comment's thread (a reply to a reply joins the same thread). */
    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    @Transactional
    public PolicyComment reply(CommentId to, String text) {
        var root = thread(to);
        requireOpen(find(new ReviewId(root.getReviewId())));
        if (root.isResolved()) {
            throw new PolicyChangeRefused("reply", "This thread is resolved.");
        }
        var body = commentText(text, "reply");
        var author = me();
        return forReader(
                comments.save(new ReviewComment(
                                root.getReviewId(),
                                root.getId(),
                                root.getSection(),
                                author.username(),
                                author.displayName(),
                                body,
                                clock.instant()))
                        .view(),
                pupilNames.forReader());
    }

    /** SLT resolve a thread, with an optional note of what was done. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public PolicyComment resolve(CommentId id, @Nullable String resolution) {
        var root = thread(id);
        requireOpen(find(new ReviewId(root.getReviewId())));
        if (resolution != null && resolution.length() > 1000) {
            throw new PolicyChangeRefused("resolution", "At most 1000 characters.");
        }
        if (!root.isResolved()) {
            var slt = me();
            root.resolve(slt.username(), slt.displayName(), clock.instant(), resolution);
        }
        return root.view();
    }

    /** SLT re-confirm (or withdraw the confirmation of) something the review covers besides the text. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public ReviewDetails reconfirm(ReviewId id, Reconfirmation what, boolean confirmed) {
        var review = find(id);
        requireOpen(review);
        review.reconfirm(what, confirmed);
        return details(reviews.saveAndFlush(review));
    }

    /**
     * The head teacher signs off the draft: it becomes the adopted version, with their name, today's date,
     * the SHA-256 of the exact text and the next review date; the version before stays readable.
     *
     * @param sha256Seen     the draft's SHA-256 as shown to the head when they read it
     * @param overrideReason needed when comments are still open
     */
    @PreAuthorize(IS_HEAD_TEACHER)
    @Transactional
    public PolicyVersion signOff(
            ReviewId id,
            @Nullable String sha256Seen,
            @Nullable LocalDate nextReviewDue,
            @Nullable String overrideReason) {
        var review = find(id);
        requireOpen(review);
        var head = me();
        var details = details(review);
        var today = today();
        var refusals = ReviewCycle.refusals(new ReviewCycle.SignOffRequest(
                head.hasRole(Roles.HEAD_TEACHER),
                review.getDraft(),
                details.draftSha256(),
                sha256Seen,
                details.openComments(),
                details.allReconfirmed(),
                nextReviewDue,
                overrideReason,
                today));
        if (!refusals.isEmpty()) {
            throw new PolicyChangeRefused(refusals);
        }
        var policy = policies.findById(review.getPolicyId()).orElseThrow();
        var versions = documents.findByPolicyIdOrderByVersionNumberDesc(policy.getId());
        versions.stream()
                .filter(d -> d.getStatus() == PolicyDocument.Status.ADOPTED)
                .forEach(PolicyDocument::supersede);
        documents.flush();
        var adopted = new PolicyDocument(
                policy,
                versions.getFirst().getVersionNumber() + 1,
                today,
                nextReviewDue,
                PolicyText.asSigned(review.getDraft(), head.displayName(), today, nextReviewDue));
        adopted.signedBy(
                head.username(), head.displayName(), today, details.openComments() > 0 ? overrideReason : null);
        documents.saveAndFlush(adopted);
        review.signedOff(adopted);
        policy.reviewReminded(null);
        policy.acknowledgementReminded(null);
        var version = PolicyLibrary.version(adopted);
        events.publishEvent(new PolicyAdopted(version.policyId(), policy.getTitle(), version.number()));
        return version;
    }

    /**
     * The fingerprint (SHA-256) of the text the head teacher would sign today with this next review date:
     * the draft with its own sign-off lines filled in (see {@link PolicyText#asSigned}).
     */
    @PreAuthorize(IS_HEAD_TEACHER)
    @Transactional(readOnly = true)
    public String signedTextSha256(ReviewId id, LocalDate nextReviewDue) {
        return PolicyText.sha256(PolicyText.asSigned(find(id).getDraft(), me().displayName(), today(), nextReviewDue));
    }

    /** The next review date the sign-off form offers: a year from today. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public LocalDate suggestedNextReview() {
        return ReviewCycle.nextReviewDate(today());
    }

    private ReviewDetails saveText(PolicyReview review, String text) {
        if (text.isBlank()) {
            throw new PolicyChangeRefused("draft", "The policy cannot be empty.");
        }
        if (text.length() > LONGEST_DRAFT) {
            throw new PolicyChangeRefused(
                    "draft", "The policy is longer than the portal keeps (" + LONGEST_DRAFT + " characters).");
        }
        review.editDraft(text);
        return details(reviews.saveAndFlush(review));
    }

    private PolicyReview openForChange(ReviewId id, long version) {
        var review = find(id);
        requireOpen(review);
        if (review.getVersion() != version) {
            throw new PolicyChangeRefused(
                    "draft",
                    "Someone else saved the draft since you opened it. Reload the" + " review to see their changes.");
        }
        return review;
    }

    private ReviewComment thread(CommentId id) {
        var comment = comments.findById(id.value())
                .orElseThrow(() -> new PolicyChangeRefused("comment", "That comment no longer exists."));
        return comment.getParentId() == null
                ? comment
                : comments.findById(comment.getParentId()).orElseThrow();
    }

    private static String commentText(String text, String field) {
        var body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new PolicyChangeRefused(field, "Write your comment first.");
        }
        if (body.length() > LONGEST_COMMENT) {
            throw new PolicyChangeRefused(field, "At most " + LONGEST_COMMENT + " characters.");
        }
        return body;
    }

    private static void requireOpen(PolicyReview review) {
        if (!review.isOpen()) {
            throw new PolicyChangeRefused("review", "This review has been signed off.");
        }
    }

    private PolicyReview find(ReviewId id) {
        return reviews.findById(id.value()).orElseThrow(() -> new PolicyChangeRefused("review", "No such review."));
    }

    private PolicyDocument base(PolicyReview review) {
        return documents.findById(review.getBaseDocumentId()).orElseThrow();
    }

    /**
     * The review as the signed-in person may read it: for those who may not read pupils' names, full
     * names masked in the policy's text (see {@link PolicyLibrary#forReader}) and every name in comments.
     */
    private ReviewDetails details(PolicyReview review) {
        var base = base(review);
        var mask = pupilNames.forReader();
        var thread = comments.findByReviewIdOrderByWrittenAt(review.getId()).stream()
                .map(c -> forReader(c.view(), mask))
                .toList();
        return new ReviewDetails(
                new ReviewId(review.getId()),
                new PolicyId(review.getPolicyId()),
                mask.maskFullNames(base.getTitle()),
                review.isOpen(),
                base.getVersionNumber(),
                mask.maskFullNames(base.getBody()),
                mask.maskFullNames(review.getDraft()),
                PolicyText.sha256(review.getDraft()),
                review.getOpenedOn(),
                review.getOpenedBy(),
                review.isAccountsConfirmed(),
                review.isFollowExceptionsConfirmed(),
                review.isGuidanceConfirmed(),
                review.getVersion(),
                thread);
    }

    private static PolicyComment forReader(PolicyComment c, NameMask mask) {
        if (!mask.masks()) {
            return c;
        }
        return new PolicyComment(
                c.id(),
                c.replyTo(),
                c.section(),
                c.author(),
                c.authorName(),
                mask.mask(c.text()),
                c.writtenAt(),
                c.resolvedByName(),
                c.resolvedAt(),
                mask.mask(c.resolution()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    private static SignedInStaff me() {
        return SignedInStaff.current().orElseThrow();
    }
}
