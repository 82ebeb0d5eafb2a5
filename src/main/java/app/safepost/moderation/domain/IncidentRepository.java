package app.safepost.moderation.domain;

import app.safepost.moderation.IncidentStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IncidentRepository extends JpaRepository<Incident, UUID> {

    List<Incident> findAllByOrderByReportedAtDesc();

    Page<Incident> findAllByOrderByReportedAtDescIdAsc(Pageable page);

    Page<Incident> findByReportedByOrderByReportedAtDescIdAsc(String reportedBy, Pageable page);

    long countByReportedBy(String reportedBy);

    long countByStatusNot(IncidentStatus status);

    long countByStatusNotAndSeriousTrue(IncidentStatus status);

    List<Incident> findByReportedByOrderByReportedAtDesc(String reportedBy);

    List<Incident> findByReportedAtGreaterThanEqualAndReportedAtLessThanOrderByReportedAt(Instant from, Instant to);
}
