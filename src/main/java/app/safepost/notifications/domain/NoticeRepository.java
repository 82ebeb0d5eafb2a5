package app.safepost.notifications.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeRepository extends JpaRepository<NoticeRecord, UUID> {

    List<NoticeRecord> findByRecipientOrderByCreatedAtDesc(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);
}
