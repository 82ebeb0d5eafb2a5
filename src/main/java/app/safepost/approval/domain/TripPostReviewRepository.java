package app.safepost.approval.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TripPostReviewRepository extends JpaRepository<TripPostReview, UUID> {

    Optional<TripPostReview> findByDraftId(UUID draftId);

    List<TripPostReview> findByDraftIdIn(Collection<UUID> draftIds);

    @Query("select r.draftId from TripPostReview r")
    List<UUID> reviewedDraftIds();
}
