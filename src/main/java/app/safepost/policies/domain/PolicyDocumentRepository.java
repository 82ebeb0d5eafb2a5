package app.safepost.policies.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PolicyDocumentRepository extends JpaRepository<PolicyDocument, UUID> {

    boolean existsByTitleAndVersionNumber(String title, int versionNumber);

    List<PolicyDocument> findByOrderByTitleAscVersionNumberDesc();
}
