package app.safepost.moderation.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowExceptionRepository extends JpaRepository<FollowException, UUID> {

    List<FollowException> findAllByOrderByRequestedAtDesc();

    long countByStatus(app.safepost.moderation.FollowExceptionStatus status);
}
