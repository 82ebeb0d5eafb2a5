package app.safepost.moderation.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IncidentStepRepository extends JpaRepository<IncidentStep, UUID> {

    List<IncidentStep> findByIncidentIdOrderByTakenAtAscIdAsc(UUID incidentId);
}
