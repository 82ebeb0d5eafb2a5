package app.safepost.drafting.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DraftCheckRepository extends JpaRepository<DraftCheck, UUID> {

    Optional<DraftCheck> findFirstByDraftIdOrderByCheckedAtDescDraftVersionDesc(UUID draftId);

    List<DraftCheck> findByDraftIdInOrderByCheckedAtDesc(List<UUID> draftIds);
}
