package app.safepost.notifications.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboundEmailRepository extends JpaRepository<OutboundEmail, UUID> {

    List<OutboundEmail> findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(OutboundEmail.Status status,
                                                                                       Instant now, Limit limit);

    List<OutboundEmail> findByRecipientOrderByCreatedAt(String recipient);
}
