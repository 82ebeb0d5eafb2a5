package app.safepost.trust.api;

import app.safepost.common.ApiPage;
import app.safepost.security.Roles;
import app.safepost.security.SchoolNotNeeded;
import app.safepost.trust.SchoolFigures;
import app.safepost.trust.TrustOverview;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/trust/schools}: the trust overview's figures, school by school, for the trust's
 * roles. It is about every school at once, so it needs no {@code Safepost-School} header.
 */
@RestController
@RequestMapping("/api/v1/trust")
class TrustApi {

    private final TrustOverview overview;

    TrustApi(TrustOverview overview) {
        this.overview = overview;
    }

    record Integrity(String checkedAt, boolean intact, String verdict) {}

    record School(
            String id,
            @Nullable String urn,
            String name,
            long draftsWaiting,
            @Nullable String oldestWaitingSince,
            long incidentsOpen,
            long incidentsSerious,
            long policyReviewsDue,
            long policyReviewsOverdue,
            long consentsExpiring,
            long failedPublications,
            @Nullable Integrity integrity) {}

    @GetMapping("/schools")
    @PreAuthorize(Roles.IS_TRUST)
    @SchoolNotNeeded
    ResponseEntity<List<School>> schools(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = ApiPage.DEFAULT_SIZE) int size) {
        var answered = new ApiPage(page, size);
        return answered.of(overview.schools(answered.pageable()).map(TrustApi::toJson));
    }

    private static School toJson(SchoolFigures f) {
        var check = f.integrity();
        return new School(
                f.school().toString(),
                f.urn(),
                f.name(),
                f.draftsWaiting(),
                f.oldestWaitingSince() == null ? null : f.oldestWaitingSince().toString(),
                f.incidentsOpen(),
                f.incidentsSerious(),
                f.policyReviewsDue(),
                f.policyReviewsOverdue(),
                f.consentsExpiring(),
                f.failedPublications(),
                check == null ? null : new Integrity(check.checkedAt().toString(), check.intact(), check.verdict()));
    }
}
