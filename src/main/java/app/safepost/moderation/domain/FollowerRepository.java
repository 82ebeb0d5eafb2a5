package app.safepost.moderation.domain;

import app.safepost.moderation.FollowerStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowerRepository extends JpaRepository<Follower, UUID> {

    Optional<Follower> findByAccountIdAndHandleIgnoreCase(UUID accountId, String handle);

    List<Follower> findAllByOrderByHandle();

    long countByStatus(FollowerStatus status);

    List<Follower> findByAccountId(UUID accountId);
}
