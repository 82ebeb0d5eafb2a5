package app.safepost.moderation.domain;

import app.safepost.moderation.IncidentStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IncidentRepository extends JpaRepository<Incident, UUID> {

    List<Incident> findAllByOrderByReportedAtDesc();

    long countByStatusNot(IncidentStatus status);

    long countByStatusNotAndSeriousTrue(IncidentStatus status);

    List<Incident> findByReportedByOrderByReportedAtDesc(String reportedBy);

    List<Incident> findByReportedAtGreaterThanEqualAndReportedAtLessThanOrderByReportedAt(Instant from, Instant to);
}
