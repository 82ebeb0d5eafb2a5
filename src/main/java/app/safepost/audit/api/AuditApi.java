package app.safepost.audit.api;

import app.safepost.audit.AuditExplorer;
import app.safepost.common.ApiPage;
import app.safepost.common.SchoolTime;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit/{entityType}/{id}}: every revision of one record, oldest first (SLT, head
 * teacher, governors; pupils' names hidden from governors). Record type names: docs/api.md.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private final AuditExplorer explorer;

    AuditApi(AuditExplorer explorer) {
        this.explorer = explorer;
    }

    record Change(@Nullable Object from, @Nullable Object to) {}

    /** A change in words, as the audit trail screen says it. */
    record ChangeInWords(String field, String label, String from, String to) {}

    /**
     * The original fields, then words added for people: the record type and the record as people call
     * them, the time in the school's words, and each change in words.
     */
    record Revision(
            long revision,
            String at,
            String by,
            String type,
            Map<String, Change> changes,
            String recordType,
            String record,
            String when,
            List<ChangeInWords> changesInWords) {}

    @GetMapping(path = "/{entityType}/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<Revision>> history(
            @PathVariable String entityType,
            @PathVariable String id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = ApiPage.DEFAULT_SIZE) int size) {
        var answered = new ApiPage(page, size);
        return answered.of(
                explorer.historyInWords(entityType, id, answered.pageable()).map(AuditApi::toJson));
    }

    @ExceptionHandler(AuditExplorer.RecordNotAudited.class)
    ResponseEntity<ProblemDetail> notFound(AuditExplorer.RecordNotAudited e) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "There is no audited record of that type with that id.");
        problem.setType(URI.create("/problems/not-found"));
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static Revision toJson(AuditExplorer.RevisionInWords inWords) {
        var revision = inWords.revision();
        var changes = new LinkedHashMap<String, Change>();
        revision.changes().forEach(c -> changes.put(c.field(), new Change(value(c.before()), value(c.after()))));
        return new Revision(
                revision.revision(),
                revision.at().toString(),
                revision.by(),
                revision.type().apiName(),
                changes,
                inWords.recordType(),
                inWords.record(),
                SchoolTime.dateTime(revision.at()),
                inWords.changes().stream()
                        .map(c -> new ChangeInWords(c.field(), c.label(), c.before(), c.after()))
                        .toList());
    }

    private static @Nullable Object value(@Nullable Object value) {
        if (value == null || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }
}
