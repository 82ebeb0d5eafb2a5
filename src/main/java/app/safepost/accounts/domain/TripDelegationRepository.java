package app.safepost.accounts.domain;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface TripDelegationRepository extends JpaRepository<TripDelegation, UUID> {

    List<TripDelegation> findByDelegateUsername(String delegateUsername);

    List<TripDelegation> findByDelegateUsernameAndAccountId(String delegateUsername, UUID accountId);

    List<TripDelegation> findAllByOrderByStartsAtDesc();

    /**
     * Delegations whose start or end is due to be announced, locked for this transaction; rows
     * another portal instance is announcing are skipped, so each is announced once.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("""
            select d from TripDelegation d
            where (d.startAnnouncedAt is null and d.revokedAt is null and d.startsAt <= :now and d.endsAt > :now)
               or (d.endAnnouncedAt is null and (d.endsAt <= :now or d.revokedAt is not null))
            order by d.startsAt""")
    List<TripDelegation> lockDueAnnouncements(Instant now);
}
