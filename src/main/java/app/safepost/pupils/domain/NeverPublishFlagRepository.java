package app.safepost.pupils.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NeverPublishFlagRepository extends JpaRepository<NeverPublishFlag, UUID> {

    Optional<NeverPublishFlag> findByPupilId(UUID pupilId);

    List<NeverPublishFlag> findByNeverPublishTrue();
}
