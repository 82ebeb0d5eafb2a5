package app.safepost.pupils.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ConsentFormLinkRepository extends JpaRepository<ConsentFormLink, UUID> {

    Optional<ConsentFormLink> findByTokenHash(String tokenHash);

    /**
     * The school whose office sent the link with this token's hash, or null: the public form's one
     * look-up made with no school in hand, through the database's {@code consent_form_link_school}
     * (V0041), which answers this and nothing else about other schools' links.
     */
    @Query(value = "select consent_form_link_school(?1)", nativeQuery = true)
    @Nullable
    UUID schoolOfToken(String tokenHash);

    List<ConsentFormLink> findByPupilId(UUID pupilId);

    /** The link, locked until the transaction ends: two submissions of one form cannot both count. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from ConsentFormLink l where l.tokenHash = ?1")
    Optional<ConsentFormLink> lockByTokenHash(String tokenHash);
}
