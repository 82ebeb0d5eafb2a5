package app.safepost.approval.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TripPostReviewRepository extends JpaRepository<TripPostReview, UUID> {

    Optional<TripPostReview> findByDraftId(UUID draftId);
}
