package app.safepost.pupils.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PupilRepository extends JpaRepository<Pupil, UUID> {

    Optional<Pupil> findByUpn(String upn);

    boolean existsByUpn(String upn);

    long countByArchivedFalse();

    long countByArchivedFalseAndClassIdIn(Collection<UUID> classIds);

    List<Pupil> findByArchivedFalseAndClassIdIn(Collection<UUID> classIds);

    List<Pupil> findByArchived(boolean archived);

    /**
     * The id and UPN of each pupil on roll in these classes, read as values: every check of a post with
     * photos asks, and loaded pupils would be compared field by field when a decision is saved.
     */
    @Query("select p.id as id, p.upn as upn from Pupil p where p.archived = false and p.classId in :classIds")
    List<IdAndUpn> findUpnsOnRollIn(@Param("classIds") Collection<UUID> classIds);

    interface IdAndUpn {
        UUID getId();

        String getUpn();
    }

    List<Pupil> findByArchivedFalseAndUpnIn(Collection<String> upns);

    /** Every pupil whose names are still their own: retention has not replaced them with a pseudonym. */
    List<Pupil> findByPseudonymisedOnIsNull();

    List<Pupil> findByArchivedTrueAndPseudonymisedOnIsNullAndLeftOnBefore(LocalDate leftBefore);
}
