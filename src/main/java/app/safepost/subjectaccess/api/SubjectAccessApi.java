package app.safepost.subjectaccess.api;

import static app.safepost.common.ProblemAnswers.problem;

import app.safepost.security.Roles;
import app.safepost.subjectaccess.PupilNotHeld;
import app.safepost.subjectaccess.SubjectAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/pupils/{upn}/subject-access}: everything held about one pupil, as the ZIP the
 * pupil's page downloads, streamed as it is written. SLT and the data protection officer; only the
 * latter may add {@code ?names=true} for pupils' names in incidents. Each call is recorded.
 */
@RestController
class SubjectAccessApi {

    static final String ZIP = "application/zip";

    private final SubjectAccess subjectAccess;

    SubjectAccessApi(SubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @GetMapping("/api/v1/pupils/{upn}/subject-access")
    @PreAuthorize(Roles.IS_SLT_OR_DPO)
    void export(
            @PathVariable String upn, @RequestParam(defaultValue = "false") boolean names, HttpServletResponse response)
            throws IOException {
        var file = subjectAccess.gather(upn, names, SubjectAccess.Via.API);
        response.setContentType(ZIP);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + SubjectAccess.fileName(file) + "\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        subjectAccess.write(file, response.getOutputStream());
    }

    @ExceptionHandler(PupilNotHeld.class)
    ResponseEntity<ProblemDetail> unknown(PupilNotHeld e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-pupil", "No such pupil", e.getMessage());
    }
}
