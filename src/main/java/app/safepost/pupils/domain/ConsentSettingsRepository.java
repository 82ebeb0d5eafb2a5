package app.safepost.pupils.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentSettingsRepository extends JpaRepository<ConsentSettings, UUID> {

    /** The school in hand's one row, made when the school was added. */
    default ConsentSettings theSettings() {
        return findFirstBy().orElseThrow(() -> new IllegalStateException("The consent settings are missing"));
    }

    Optional<ConsentSettings> findFirstBy();
}
