package app.safepost.publishing.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LivePublishingRepository extends JpaRepository<LivePublishing, UUID> {}
