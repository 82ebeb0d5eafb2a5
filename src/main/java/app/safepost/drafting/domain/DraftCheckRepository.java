package app.safepost.drafting.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import app.safepost.compliance.Verdict;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DraftCheckRepository extends JpaRepository<DraftCheck, UUID> {

    Optional<DraftCheck> findFirstByDraftIdOrderByCheckedAtDescDraftVersionDesc(UUID draftId);

    /** A check's verdict without its findings: a list of drafts needs no more, and each check's findings are a query. */
    interface CheckVerdict {
        UUID getDraftId();

        Verdict getVerdict();
    }

    /** The verdicts of these drafts' checks, newest first (so the first one seen per draft is its latest). */
    @Query("select c.draftId as draftId, c.verdict as verdict from DraftCheck c where c.draftId in :draftIds"
            + " order by c.checkedAt desc")
    List<CheckVerdict> findVerdictsByDraftIdIn(@Param("draftIds") List<UUID> draftIds);
}
