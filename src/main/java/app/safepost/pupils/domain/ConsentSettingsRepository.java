package app.safepost.pupils.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentSettingsRepository extends JpaRepository<ConsentSettings, UUID> {

    /** The school's one row, written by the migration that introduced it. */
    default ConsentSettings theSettings() {
        return findFirstBy().orElseThrow(() -> new IllegalStateException("The consent settings are missing"));
    }

    Optional<ConsentSettings> findFirstBy();
}
