package app.safepost.moderation.domain;

import app.safepost.moderation.SyncOutcome;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FollowerSyncRepository extends JpaRepository<FollowerSync, UUID> {

    boolean existsByAccountIdAndOutcome(UUID accountId, SyncOutcome outcome);

    /** Each account's latest synchronisation. */
    @Query("""
            select s from FollowerSync s
            where s.startedAt = (select max(t.startedAt) from FollowerSync t where t.accountId = s.accountId)""")
    List<FollowerSync> latestPerAccount();

    List<FollowerSync> findByAccountIdOrderByStartedAtDesc(UUID accountId);
}
