package app.safepost.policies.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PolicyDocumentRepository extends JpaRepository<PolicyDocument, UUID> {

    boolean existsByTitleAndVersionNumber(String title, int versionNumber);

    List<PolicyDocument> findByPolicyIdOrderByVersionNumberDesc(UUID policyId);

    Optional<PolicyDocument> findByPolicyIdAndStatus(UUID policyId, PolicyDocument.Status status);

    Optional<PolicyDocument> findByPolicyIdAndVersionNumber(UUID policyId, int versionNumber);

    List<PolicyDocument> findByStatus(PolicyDocument.Status status);
}
