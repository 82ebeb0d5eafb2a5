package app.safepost.drafting.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DraftPupilRepository extends JpaRepository<DraftPupil, UUID> {

    List<DraftPupil> findByUpn(String upn);

    /** Every draft pupil record that ever named this UPN, removed ones included. */
    @Query(value = "select distinct id from draft_pupil_aud where upn = ?1", nativeQuery = true)
    List<UUID> idsInHistoryWithUpn(String upn);
}
