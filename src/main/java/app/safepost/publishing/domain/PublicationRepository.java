package app.safepost.publishing.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PublicationRepository extends JpaRepository<Publication, UUID> {

    Optional<Publication> findByReference(UUID reference);

    /** The entry, row-locked until the transaction ends, so it cannot be claimed meanwhile. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Publication p where p.reference = :reference")
    Optional<Publication> lockByReference(@Param("reference") UUID reference);

    List<Publication> findAllByOrderByPublishAtDesc();

    Page<Publication> findAllByOrderByPublishAtDescIdAsc(Pageable page);

    List<Publication> findByReferenceIn(Collection<UUID> references);

    /** Entries due, or sent, between the two instants (a calendar's weeks), earliest first. */
    List<Publication> findByPublishAtBetweenOrderByPublishAt(Instant from, Instant to);

    List<Publication> findByStatusOrderByPublishAtDesc(PublicationStatus status);

    long countByStatus(PublicationStatus status);

    /**
     * Due entries, and entries whose sender's lease ran out, locked for this transaction; rows another
     * instance holds are skipped rather than waited for, so instances never take the same entry. The
     * school in hand's only (a native query: the school is the connection's, {@code school_in_hand()}, V0041).
     */
    @Query(value = """
            select id from publication
            where school_id = school_in_hand()
              and ((status = 'SCHEDULED' and next_attempt_at <= :now) or (status = 'SENDING' and lease_until <= :now))
            order by next_attempt_at, id
            limit :batch
            for update skip locked""", nativeQuery = true)
    List<UUID> lockDue(@Param("now") Instant now, @Param("batch") int batch);
}
