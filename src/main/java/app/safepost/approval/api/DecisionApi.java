package app.safepost.approval.api;

import static app.safepost.common.ProblemAnswers.problem;

import app.safepost.approval.DecisionRefused;
import app.safepost.approval.ReviewQueue;
import app.safepost.common.SchoolTime;
import app.safepost.drafting.DraftId;
import app.safepost.drafting.DraftNotFound;
import app.safepost.drafting.api.DraftJson;
import app.safepost.security.Roles;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/drafts/{id}/decision} (SLT): approve or reject one version of a draft. Answers
 * the draft as the other draft endpoints do.
 */
@RestController
@RequestMapping("/api/v1/drafts")
class DecisionApi {

    private final ReviewQueue queue;

    DecisionApi(ReviewQueue queue) {
        this.queue = queue;
    }

    /**
     * @param publishAt            optional: when to publish an approved post, ISO 8601 with an offset, or a
     *                             local date-time read as UK time; now when absent
     * @param deviceOverrideReason optional: why photos not taken on a registered school iPad may go out (P3)
     */
    record DecisionRequest(
            @Nullable String decision,
            @Nullable String comment,
            @Nullable Long version,
            @Nullable String publishAt,
            @Nullable String deviceOverrideReason) {}

    @PostMapping("/{id}/decision")
    @PreAuthorize(Roles.IS_SLT)
    Object decide(@PathVariable String id, @RequestBody(required = false) @Nullable DecisionRequest request) {
        var draftId = DraftId.parse(id).orElseThrow(() -> new DraftNotFound(new DraftId(new UUID(0, 0))));
        if (request == null
                || request.decision() == null
                || !List.of("approve", "reject").contains(request.decision().strip())) {
            throw new BadDecision("decision", "Give the decision: \"approve\" or \"reject\".");
        }
        if (request.version() == null) {
            throw new BadDecision("version", "Give the version you decided on, as the draft was read.");
        }
        var decided = request.decision().strip().equals("approve")
                ? queue.approve(
                        draftId, request.version(), publishAt(request.publishAt()), request.deviceOverrideReason())
                : queue.reject(draftId, request.version(), request.comment());
        return DraftJson.draft(decided);
    }

    private static @Nullable Instant publishAt(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text.strip()).atZone(SchoolTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw new BadDecision("publishAt", "Give the time as ISO 8601, e.g. 2026-11-24T10:00:00Z.");
            }
        }
    }

    @ExceptionHandler(DraftNotFound.class)
    ResponseEntity<ProblemDetail> notFound(DraftNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such draft", e.getMessage(), null);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(ObjectOptimisticLockingFailureException e) {
        return problem(
                HttpStatus.CONFLICT,
                "already-decided",
                "Not decided",
                "This draft was changed or already decided. Read it again.",
                null);
    }

    @ExceptionHandler(DecisionRefused.class)
    ResponseEntity<ProblemDetail> refused(DecisionRefused e) {
        return switch (e.reason()) {
            case OWN_DRAFT -> problem(HttpStatus.FORBIDDEN, "own-draft", "Not decided", e.getMessage(), null);
            case BLOCKED -> problem(HttpStatus.CONFLICT, "approval-blocked", "Not approved", e.getMessage(), null);
            case DEVICE_NOT_REGISTERED ->
                problem(HttpStatus.CONFLICT, "device-not-registered", "Not approved", e.getMessage(), null);
            case PUBLISH_AT_PAST -> invalid("publishAt", e.getMessage());
            case COMMENT_REQUIRED -> invalid("comment", e.getMessage());
            case TOO_LONG ->
                invalid(e.getMessage().contains("reason") ? "deviceOverrideReason" : "comment", e.getMessage());
            // Only the calendar moves a post; were a decision ever refused so, it is a stale one.
            case NOT_MOVABLE -> problem(HttpStatus.CONFLICT, "already-decided", "Not decided", e.getMessage(), null);
        };
    }

    @ExceptionHandler(BadDecision.class)
    ResponseEntity<ProblemDetail> bad(BadDecision e) {
        return invalid(e.field, e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> invalid(String field, String message) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "validation",
                "Invalid request",
                "Some fields are not valid; see errors.",
                List.of(Map.of("field", field, "message", message)));
    }

    static class BadDecision extends RuntimeException {

        final String field;

        BadDecision(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
