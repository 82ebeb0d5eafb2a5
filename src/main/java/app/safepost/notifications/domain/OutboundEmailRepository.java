package app.safepost.notifications.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutboundEmailRepository extends JpaRepository<OutboundEmail, UUID> {

    /**
     * The school in hand's e-mail due longest, locked for this transaction; e-mails another portal
     * instance is sending are skipped, not waited for, so each goes out once. (A native query: the school
     * is the connection's, {@code school_in_hand()}, V0041.)
     */
    @Query(value = """
            select id from outbound_email
            where school_id = school_in_hand() and status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at
            limit 1
            for update skip locked""", nativeQuery = true)
    Optional<UUID> lockNextDue(Instant now);

    List<OutboundEmail> findByRecipientOrderByCreatedAt(String recipient);
}
