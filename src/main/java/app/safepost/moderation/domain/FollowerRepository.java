package app.safepost.moderation.domain;

import app.safepost.moderation.FollowerStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FollowerRepository extends JpaRepository<Follower, UUID> {

    Optional<Follower> findByAccountIdAndHandleIgnoreCase(UUID accountId, String handle);

    List<Follower> findAllByOrderByHandle();

    /** One page of the followers, by handle; a null status or following matches every follower. */
    @Query(value = """
                    select f from Follower f
                    where (:status is null or f.status = :status) and (:following is null or f.following = :following)
                    order by f.handle, f.id""", countQuery = """
                    select count(f) from Follower f
                    where (:status is null or f.status = :status) and (:following is null or f.following = :following)""")
    Page<Follower> findShowing(
            @Param("status") @Nullable FollowerStatus status,
            @Param("following") @Nullable Boolean following,
            Pageable page);

    @Query("""
            select count(f) from Follower f
            where (:status is null or f.status = :status) and (:following is null or f.following = :following)""")
    long countShowing(
            @Param("status") @Nullable FollowerStatus status, @Param("following") @Nullable Boolean following);

    long countByStatus(FollowerStatus status);

    List<Follower> findByAccountId(UUID accountId);
}
