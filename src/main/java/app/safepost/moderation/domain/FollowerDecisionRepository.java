package app.safepost.moderation.domain;

import app.safepost.moderation.FollowerDecisionKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowerDecisionRepository extends JpaRepository<FollowerDecision, UUID> {

    List<FollowerDecision> findByFollowerIdOrderByDecidedAtAsc(UUID followerId);

    Optional<FollowerDecision> findFirstByFollowerIdAndKindOrderByDecidedAtDesc(
            UUID followerId, FollowerDecisionKind kind);

    List<FollowerDecision> findByKindAndDecidedAtGreaterThanEqualAndDecidedAtLessThan(
            FollowerDecisionKind kind, Instant from, Instant to);
}
