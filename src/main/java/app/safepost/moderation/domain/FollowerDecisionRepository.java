package app.safepost.moderation.domain;

import app.safepost.moderation.FollowerDecisionKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowerDecisionRepository extends JpaRepository<FollowerDecision, UUID> {

    List<FollowerDecision> findByFollowerIdOrderByDecidedAtAsc(UUID followerId);

    Optional<FollowerDecision> findFirstByFollowerIdAndKindOrderByDecidedAtDesc(
            UUID followerId, FollowerDecisionKind kind);

    List<FollowerDecision> findByKindAndDecidedAtGreaterThanEqualAndDecidedAtLessThanOrderByDecidedAtAscIdAsc(
            FollowerDecisionKind kind, Instant from, Instant to);

    Page<FollowerDecision> findByKindAndDecidedAtGreaterThanEqualAndDecidedAtLessThanOrderByDecidedAtAscIdAsc(
            FollowerDecisionKind kind, Instant from, Instant to, Pageable page);

    long countByKindAndDecidedAtGreaterThanEqualAndDecidedAtLessThan(
            FollowerDecisionKind kind, Instant from, Instant to);
}
