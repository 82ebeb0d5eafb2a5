package app.safepost.pupils.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PupilRepository extends JpaRepository<Pupil, UUID> {

    Optional<Pupil> findByUpn(String upn);

    boolean existsByUpn(String upn);

    long countByArchivedFalse();

    long countByArchivedFalseAndImageConsentFalse();

    long countByArchivedFalseAndClassIdIn(java.util.Collection<UUID> classIds);
}
