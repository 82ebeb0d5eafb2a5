package app.safepost.pupils.api;

import static app.safepost.common.ProblemAnswers.problem;

import app.safepost.common.ApiPage;
import app.safepost.pupils.ClassPupil;
import app.safepost.pupils.PupilNameRules;
import app.safepost.pupils.PupilRecord;
import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.RosterArchiveUnconfirmed;
import app.safepost.pupils.RosterImportFigures;
import app.safepost.pupils.RosterImportRejected;
import app.safepost.pupils.domain.RosterCsv;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.PayloadTooLargeException;

/**
 * {@code PUT /api/v1/pupils}: the roster import a school's MIS calls, and {@code GET /api/v1/pupils}:
 * the pupils the caller may see, shaped by role (full records for office and SLT; names, initials and
 * consent of their own classes' pupils for teachers and TAs; nothing for governors).
 */
@RestController
@RequestMapping("/api/v1/pupils")
class PupilApi {

    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    private final PupilRoster roster;

    PupilApi(PupilRoster roster) {
        this.roster = roster;
    }

    // The content type is checked here rather than with "consumes", so a wrong one gets the API's own
    // 415 problem answer instead of falling through to the servlet error page.
    @PutMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Roles.IS_OFFICE)
    RosterImportFigures importRoster(
            HttpServletRequest request, @RequestParam(required = false) @Nullable Integer confirmArchive)
            throws IOException, HttpMediaTypeNotSupportedException {
        if (!isCsv(request.getContentType())) {
            throw new HttpMediaTypeNotSupportedException(
                    request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType()),
                    List.of(TEXT_CSV));
        }
        return roster.importRoster(boundedBody(request), confirmArchive);
    }

    private static boolean isCsv(String contentType) {
        try {
            return contentType != null && TEXT_CSV.includes(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** A full record (office, SLT) or a class pupil (teachers, TAs); nulls are left out of the JSON. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PupilJson(
            String id,
            @Nullable String upn,
            String firstName,
            @Nullable String surname,
            @Nullable String preferredName,
            String initials,
            String className,
            boolean imageConsent,
            @Nullable LocalDate consentRecordedOn,
            boolean neverPublish) {}

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('" + Roles.OFFICE + "','" + Roles.SLT + "','" + Roles.TEACHER + "','"
            + Roles.TEACHING_ASSISTANT + "')")
    ResponseEntity<List<PupilJson>> pupils(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = ApiPage.DEFAULT_SIZE) int size) {
        var answered = new ApiPage(page, size);
        var staff = SignedInStaff.current().orElseThrow();
        if (staff.hasRole(Roles.OFFICE) || staff.hasRole(Roles.SLT)) {
            return answered.of(roster.records(false, "", answered.pageable()).map(PupilApi::full));
        }
        return answered.of(roster.classPupils(answered.pageable()).map(PupilApi::limited));
    }

    @ExceptionHandler(RosterImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(RosterImportRejected rejected) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "The roster file has "
                        + rejected.problems().size()
                        + " problem(s); nothing was imported. Fix every line listed in errors"
                        + " and send the whole file again.");
        problem.setType(URI.create("/problems/invalid-roster"));
        problem.setTitle("Invalid roster file");
        problem.setProperty(
                "errors",
                rejected.problems().stream()
                        .map(p -> {
                            var error = new LinkedHashMap<String, Object>();
                            if (p.line() != null) {
                                error.put("line", p.line());
                            }
                            if (p.column() != null) {
                                error.put("column", p.column());
                            }
                            error.put("message", p.describe());
                            return (Map<String, Object>) error;
                        })
                        .toList());
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A file that would archive many pupils is probably a partial export: its count must be confirmed. */
    @ExceptionHandler(RosterArchiveUnconfirmed.class)
    ResponseEntity<ProblemDetail> archiveUnconfirmed(RosterArchiveUnconfirmed e) {
        var count = e.wouldArchive();
        var detail = "This file would archive " + count + " of the " + e.onRoll() + " pupils on roll, as it does not"
                + " list them; nothing was imported. "
                + (e.confirmed() == null ? "" : "confirmArchive was " + e.confirmed() + ", not " + count + ". ")
                + "If the file is the whole roster, send it again with ?confirmArchive=" + count + ".";
        var answer = problem(HttpStatus.CONFLICT, "archive-not-confirmed", "Archiving not confirmed", detail);
        answer.getBody().setProperty("archiving", count);
        answer.getBody().setProperty("onRoll", e.onRoll());
        return answer;
    }

    /** Reads at most 1 MiB: a larger body is refused with 413 before it is read into memory. */
    private static byte[] boundedBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > RosterCsv.MAX_BYTES) {
            throw new PayloadTooLargeException(null);
        }
        try (var in = request.getInputStream()) {
            var body = in.readNBytes(RosterCsv.MAX_BYTES + 1);
            if (body.length > RosterCsv.MAX_BYTES) {
                throw new PayloadTooLargeException(null);
            }
            return body;
        }
    }

    private static PupilJson full(PupilRecord p) {
        return new PupilJson(
                p.id().toString(),
                p.upn(),
                p.firstName(),
                p.surname(),
                p.preferredName(),
                PupilNameRules.initials(p.firstName(), p.surname()),
                p.className(),
                p.imageConsent(),
                p.consentRecordedOn(),
                p.neverPublish());
    }

    private static PupilJson limited(ClassPupil p) {
        return new PupilJson(
                p.id().toString(),
                null,
                p.firstName(),
                p.surname(),
                p.preferredName(),
                p.initials(),
                p.className(),
                p.imageConsent(),
                null,
                p.neverPublish());
    }
}
