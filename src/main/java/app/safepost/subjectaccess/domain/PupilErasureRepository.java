package app.safepost.subjectaccess.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PupilErasureRepository extends JpaRepository<PupilErasure, UUID> {

    List<PupilErasure> findByPupilIdOrderByErasedAt(UUID pupilId);
}
