package app.safepost.approval.domain;

import app.safepost.database.SchoolOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** SLT reviewed, after the trip, a post written under a trip delegation (P2). */
@Entity
@Table(name = "trip_post_review")
@Audited
public class TripPostReview extends SchoolOwned {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "draft_id", nullable = false, unique = true)
    private UUID draftId;

    @Column(name = "reviewed_by", nullable = false, length = 120)
    private String reviewedBy;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    protected TripPostReview() {}

    public TripPostReview(UUID draftId, String reviewedBy, Instant reviewedAt) {
        this.draftId = draftId;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
    }

    public UUID getDraftId() {
        return draftId;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
