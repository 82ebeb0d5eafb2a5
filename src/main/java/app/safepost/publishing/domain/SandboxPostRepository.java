package app.safepost.publishing.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SandboxPostRepository extends JpaRepository<SandboxPost, UUID> {

    Optional<SandboxPost> findByIdempotencyKey(String idempotencyKey);
}
