package app.safepost.moderation.domain;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface FollowerSyncClaimRepository extends JpaRepository<FollowerSyncClaim, UUID> {

    /**
     * These accounts' claims that nobody holds (or whose holder's lease ran out), locked for this
     * transaction; rows another instance is claiming are skipped, not waited for.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("""
            select c from FollowerSyncClaim c
            where c.accountId in :accounts and (c.heldUntil is null or c.heldUntil < :now)""")
    List<FollowerSyncClaim> lockFree(Collection<UUID> accounts, Instant now);

    /** As {@link #lockFree}, and only accounts the nightly run has not taken yet on this day. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("""
            select c from FollowerSyncClaim c
            where c.accountId in :accounts and (c.heldUntil is null or c.heldUntil < :now)
              and (c.scheduledOn is null or c.scheduledOn < :day)""")
    List<FollowerSyncClaim> lockDueOn(Collection<UUID> accounts, Instant now, LocalDate day);

    /** The claim, row-locked (waiting for another transaction that holds it) until this transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from FollowerSyncClaim c where c.accountId = :account")
    Optional<FollowerSyncClaim> lock(UUID account);
}
