package app.safepost.approval;

import app.safepost.approval.domain.TripPostReview;
import app.safepost.approval.domain.TripPostReviewRepository;
import app.safepost.drafting.DraftId;
import app.safepost.drafting.DraftNotFound;
import app.safepost.drafting.DraftReviews;
import app.safepost.publishing.Publishing;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** P2: every post written under a trip delegation is reviewed by SLT after the trip. */
@Service
public class TripPostReviews {

    private final DraftReviews drafts;
    private final TripPostReviewRepository reviews;
    private final Publishing publishing;
    private final Clock clock;

    TripPostReviews(DraftReviews drafts, TripPostReviewRepository reviews, Publishing publishing, Clock clock) {
        this.publishing = publishing;
        this.drafts = drafts;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Posts written under a trip delegation and sent for approval, oldest first, with SLT's review if done. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<TripPost> tripPosts() {
        var posts = drafts.underTripDelegation();
        var practice = publishing.keptInPractice(
                posts.stream().map(d -> d.id().value()).toList());
        return posts.stream()
                .map(draft -> reviews.findByDraftId(draft.id().value())
                        .map(r -> new TripPost(
                                draft,
                                r.getReviewedBy(),
                                r.getReviewedAt(),
                                practice.contains(draft.id().value())))
                        .orElseGet(() -> new TripPost(
                                draft, null, null, practice.contains(draft.id().value()))))
                .toList();
    }

    /** One page of {@link #tripPosts()}: only the page's drafts and their reviews are read. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public Page<TripPost> tripPosts(Pageable page) {
        var posts = drafts.underTripDelegation(page);
        var ids = posts.stream().map(d -> d.id().value()).toList();
        var practice = publishing.keptInPractice(ids);
        var reviewed = reviews.findByDraftIdIn(ids).stream()
                .collect(Collectors.toMap(TripPostReview::getDraftId, Function.identity()));
        return posts.map(draft -> {
            var review = reviewed.get(draft.id().value());
            return new TripPost(
                    draft,
                    review == null ? null : review.getReviewedBy(),
                    review == null ? null : review.getReviewedAt(),
                    practice.contains(draft.id().value()));
        });
    }

    /** How many posts {@link #tripPosts()} holds. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public long tripPostCount() {
        return drafts.underTripDelegationCount();
    }

    /**
     * How many of {@link #tripPosts()} SLT have still to review after the trip: all of them less those
     * reviewed (a reviewed draft sent back and being rewritten is not among them until submitted again).
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public long toReviewCount() {
        return drafts.underTripDelegationCount() - drafts.underTripDelegationCount(reviews.reviewedDraftIds());
    }

    /** Marks the trip post reviewed by the signed-in member of SLT; marking it again changes nothing. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public TripPost markReviewed(DraftId id) {
        var draft = drafts.find(id).filter(d -> d.delegation() != null).orElseThrow(() -> new DraftNotFound(id));
        var review = reviews.findByDraftId(id.value())
                .orElseGet(() -> reviews.save(new TripPostReview(
                        id.value(), SignedInStaff.currentAuthor().username(), clock.instant())));
        return new TripPost(
                draft,
                review.getReviewedBy(),
                review.getReviewedAt(),
                publishing.keptInPractice(List.of(id.value())).contains(id.value()));
    }
}
