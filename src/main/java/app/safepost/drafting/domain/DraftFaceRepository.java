package app.safepost.drafting.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DraftFaceRepository extends JpaRepository<DraftFace, UUID> {

    List<DraftFace> findByAssignment(String assignment);

    /** Every face assignment that ever named this UPN, removed ones included. */
    @Query(value = "select distinct id from draft_face_aud where assignment = ?1", nativeQuery = true)
    List<UUID> idsInHistoryWithAssignment(String assignment);
}
