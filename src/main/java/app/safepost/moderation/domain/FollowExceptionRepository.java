package app.safepost.moderation.domain;

import app.safepost.moderation.FollowExceptionStatus;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowExceptionRepository extends JpaRepository<FollowException, UUID> {

    List<FollowException> findAllByOrderByRequestedAtDesc();

    long countByStatus(FollowExceptionStatus status);
}
