package app.safepost.accounts.domain;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface TripDelegationRepository extends JpaRepository<TripDelegation, UUID> {

    List<TripDelegation> findByDelegateUsername(String delegateUsername);

    List<TripDelegation> findByDelegateUsernameAndAccountId(String delegateUsername, UUID accountId);

    List<TripDelegation> findAllByOrderByStartsAtDesc();

    /** In force now: started, not ended, not revoked yet; newest start first. */
    @Query(value = """
            select d from TripDelegation d
            where d.startsAt <= :now and d.endsAt > :now and (d.revokedAt is null or d.revokedAt > :now)
            order by d.startsAt desc, d.id""", countQuery = """
            select count(d) from TripDelegation d
            where d.startsAt <= :now and d.endsAt > :now and (d.revokedAt is null or d.revokedAt > :now)""")
    Page<TripDelegation> current(Instant now, Pageable page);

    @Query(
            "select count(d) from TripDelegation d where d.startsAt <= :now and d.endsAt > :now and (d.revokedAt is null or d.revokedAt > :now)")
    long countCurrent(Instant now);

    /** Still to start and not revoked yet; soonest first. */
    @Query(value = """
            select d from TripDelegation d
            where d.startsAt > :now and (d.revokedAt is null or d.revokedAt > :now)
            order by d.startsAt, d.id""", countQuery = """
            select count(d) from TripDelegation d
            where d.startsAt > :now and (d.revokedAt is null or d.revokedAt > :now)""")
    Page<TripDelegation> upcoming(Instant now, Pageable page);

    @Query(
            "select count(d) from TripDelegation d where d.startsAt > :now and (d.revokedAt is null or d.revokedAt > :now)")
    long countUpcoming(Instant now);

    /** Revoked, or started and ended; newest start first. */
    @Query(value = """
            select d from TripDelegation d
            where d.revokedAt <= :now or (d.startsAt <= :now and d.endsAt <= :now)
            order by d.startsAt desc, d.id""", countQuery = """
            select count(d) from TripDelegation d
            where d.revokedAt <= :now or (d.startsAt <= :now and d.endsAt <= :now)""")
    Page<TripDelegation> past(Instant now, Pageable page);

    @Query(
            "select count(d) from TripDelegation d where d.revokedAt <= :now or (d.startsAt <= :now and d.endsAt <= :now)")
    long countPast(Instant now);

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
