package app.safepost.pupils.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImageConsentRecordRepository extends JpaRepository<ImageConsentRecord, UUID> {

    List<ImageConsentRecord> findByPupilIdOrderByRecordedAtAsc(UUID pupilId);

    List<ImageConsentRecord> findByPupilIdOrderByRecordedAtAscPurposeCodeAsc(UUID pupilId);
}
