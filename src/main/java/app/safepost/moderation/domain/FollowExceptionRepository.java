package app.safepost.moderation.domain;

import app.safepost.moderation.FollowExceptionStatus;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowExceptionRepository extends JpaRepository<FollowException, UUID> {

    List<FollowException> findAllByOrderByRequestedAtDesc();

    long countByStatus(FollowExceptionStatus status);

    Page<FollowException> findByStatusInOrderByRequestedAtDescIdAsc(
            Collection<FollowExceptionStatus> statuses, Pageable page);

    Page<FollowException> findByStatusOrderByDecidedAtAscIdAsc(FollowExceptionStatus status, Pageable page);

    long countByStatusIn(Collection<FollowExceptionStatus> statuses);
}
