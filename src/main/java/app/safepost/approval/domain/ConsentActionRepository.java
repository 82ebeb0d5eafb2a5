package app.safepost.approval.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsentActionRepository extends JpaRepository<ConsentAction, UUID> {

    List<ConsentAction> findByResolvedAtIsNullOrderByRaisedAtAsc();

    List<ConsentAction> findByUpn(String upn);

    @Query(
            value = "select distinct id from consent_action_aud" + " where school_id = school_in_hand() and upn = ?1",
            nativeQuery = true)
    List<UUID> idsInHistoryWithUpn(String upn);

    boolean existsByUpnAndKindAndReferenceAndReasonAndResolvedAtIsNull(
            String upn, String kind, UUID reference, String reason);
}
