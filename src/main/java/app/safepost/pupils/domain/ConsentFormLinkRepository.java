package app.safepost.pupils.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ConsentFormLinkRepository extends JpaRepository<ConsentFormLink, UUID> {

    Optional<ConsentFormLink> findByTokenHash(String tokenHash);

    List<ConsentFormLink> findByPupilId(UUID pupilId);

    /** The link, locked until the transaction ends: two submissions of one form cannot both count. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from ConsentFormLink l where l.tokenHash = ?1")
    Optional<ConsentFormLink> lockByTokenHash(String tokenHash);
}
