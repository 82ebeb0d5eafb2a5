package app.safepost.policies.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PolicyRepository extends JpaRepository<Policy, UUID> {

    Optional<Policy> findByTitle(String title);

    List<Policy> findByOrderByTitle();
}
