package app.safepost.policies.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PolicyAcknowledgementRepository extends JpaRepository<PolicyAcknowledgement, UUID> {

    List<PolicyAcknowledgement> findByDocumentId(UUID documentId);

    boolean existsByDocumentIdAndUsername(UUID documentId, String username);
}
