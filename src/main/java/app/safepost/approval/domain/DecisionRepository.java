package app.safepost.approval.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRepository extends JpaRepository<Decision, UUID> {

    List<Decision> findByDraftIdOrderByDecidedAtAsc(UUID draftId);
}
