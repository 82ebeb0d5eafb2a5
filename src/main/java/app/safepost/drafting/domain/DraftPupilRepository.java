package app.safepost.drafting.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DraftPupilRepository extends JpaRepository<DraftPupil, UUID> {

    List<DraftPupil> findByUpn(String upn);

    /** Every draft pupil record of the school in hand that ever named this UPN, removed ones included. */
    @Query(
            value = "select distinct id from draft_pupil_aud where school_id = school_in_hand() and upn = ?1",
            nativeQuery = true)
    List<UUID> idsInHistoryWithUpn(String upn);
}
