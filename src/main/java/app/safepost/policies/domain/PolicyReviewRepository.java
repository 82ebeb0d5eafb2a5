package app.safepost.policies.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PolicyReviewRepository extends JpaRepository<PolicyReview, UUID> {

    Optional<PolicyReview> findByPolicyIdAndStatus(UUID policyId, PolicyReview.Status status);
}
