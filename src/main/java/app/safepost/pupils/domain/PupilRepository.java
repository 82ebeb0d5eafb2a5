package app.safepost.pupils.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PupilRepository extends JpaRepository<Pupil, UUID> {

    Optional<Pupil> findByUpn(String upn);

    boolean existsByUpn(String upn);

    long countByArchivedFalse();

    long countByArchivedFalseAndClassIdIn(Collection<UUID> classIds);

    List<Pupil> findByArchivedFalseAndClassIdIn(Collection<UUID> classIds);

    List<Pupil> findByArchived(boolean archived);

    List<Pupil> findByArchivedFalseAndUpnIn(Collection<String> upns);

    /** Every pupil whose names are still their own: retention has not replaced them with a pseudonym. */
    List<Pupil> findByPseudonymisedOnIsNull();

    List<Pupil> findByArchivedTrueAndPseudonymisedOnIsNullAndLeftOnBefore(LocalDate leftBefore);
}
