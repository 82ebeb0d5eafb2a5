package app.safepost.pupils.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PupilConsentRepository extends JpaRepository<PupilConsent, UUID> {

    List<PupilConsent> findByPupilId(UUID pupilId);

    List<PupilConsent> findByPupilIdIn(Collection<UUID> pupilIds);

    Optional<PupilConsent> findByPupilIdAndPurposeCode(UUID pupilId, String purposeCode);

    /** Yeses that expire between these days (both included), of pupils on roll. */
    @Query("""
            select c from PupilConsent c, Pupil p where p.id = c.pupilId and not p.archived and c.consent
              and c.expiresOn between ?1 and ?2 order by c.expiresOn, p.surname, p.firstName""")
    List<PupilConsent> expiringBetween(LocalDate from, LocalDate to);

    /** Yeses that expired before this day and whose expiry the portal has not followed up yet. */
    @Query("""
            select c from PupilConsent c where c.consent and c.expiresOn < ?1 and c.expiryFollowedUpAt is null""")
    List<PupilConsent> expiredNotFollowedUp(LocalDate today);
}
