package app.safepost.drafting.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DraftFaceRepository extends JpaRepository<DraftFace, UUID> {

    List<DraftFace> findByAssignment(String assignment);

    /** Every face assignment of the school in hand that ever named this UPN, removed ones included. */
    @Query(
            value = "select distinct id from draft_face_aud where school_id = school_in_hand()"
                    + " and assignment = ?1",
            nativeQuery = true)
    List<UUID> idsInHistoryWithAssignment(String assignment);
}
