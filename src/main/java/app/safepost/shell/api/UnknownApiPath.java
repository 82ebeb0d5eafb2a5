package app.safepost.shell.api;

import static app.safepost.common.ProblemAnswers.problem;

import app.safepost.security.SchoolNotNeeded;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An address under /api that no endpoint serves is a 404 problem, not one of the screens' pages:
 * without this, Vaadin (mapped to every other path) would answer it with HTML.
 */
@RestController
class UnknownApiPath {

    /** Not about any school: an unknown address is 404 for everyone, whether or not they named one. */
    @RequestMapping("/api/**")
    @SchoolNotNeeded
    ResponseEntity<ProblemDetail> notFound() {
        return problem(
                HttpStatus.NOT_FOUND, "not-found", "Not found", "No API endpoint has this address; see docs/api.md.");
    }
}
