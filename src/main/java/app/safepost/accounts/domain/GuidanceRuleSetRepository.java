package app.safepost.accounts.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GuidanceRuleSetRepository extends JpaRepository<GuidanceRuleSet, UUID> {

    Optional<GuidanceRuleSet> findByAccountId(UUID accountId);

    Optional<GuidanceRuleSet> findByAccountIdIsNull();
}
