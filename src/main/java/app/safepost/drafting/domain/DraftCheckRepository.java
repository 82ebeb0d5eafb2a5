package app.safepost.drafting.domain;

import app.safepost.compliance.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DraftCheckRepository extends JpaRepository<DraftCheck, UUID> {

    Optional<DraftCheck> findFirstByDraftIdOrderByCheckedAtDescDraftVersionDesc(UUID draftId);

    /**
     * The latest check of each of these drafts, with its findings, in one query: the checks made at the
     * latest moment of each (two checks of a draft made at the same moment both come).
     */
    @Query("select distinct c from DraftCheck c left join fetch c.findings where c.draftId in :draftIds"
            + " and c.checkedAt = (select max(d.checkedAt) from DraftCheck d where d.draftId = c.draftId)")
    List<DraftCheck> findLatestByDraftIdIn(@Param("draftIds") List<UUID> draftIds);

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
