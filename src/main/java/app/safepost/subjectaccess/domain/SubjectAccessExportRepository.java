package app.safepost.subjectaccess.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubjectAccessExportRepository extends JpaRepository<SubjectAccessExport, UUID> {

    List<SubjectAccessExport> findByPupilIdOrderByExportedAt(UUID pupilId);
}
