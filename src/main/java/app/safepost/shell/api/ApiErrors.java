package app.safepost.shell.api;

import static app.safepost.common.ProblemAnswers.problem;

import app.safepost.common.ApiPage;
import app.safepost.common.DatabaseOutage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem answers for every API error: validation errors name the field, authorisation
 * failures say 403, and anything unexpected is a 500 with a reference instead of a stack trace.
 */
@RestControllerAdvice(basePackages = "app.safepost")
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalid(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
                .sorted(Comparator.comparing(m -> m.get("field")))
                .toList();
        return problem(
                HttpStatus.BAD_REQUEST,
                "validation",
                "Invalid request",
                "Some fields are not valid; see errors.",
                errors);
    }

    @ExceptionHandler(ApiPage.PageRefused.class)
    ResponseEntity<ProblemDetail> pageRefused(ApiPage.PageRefused e) {
        var answer = problem(
                HttpStatus.BAD_REQUEST,
                "page-size",
                "Page not answered",
                e.getMessage(),
                List.of(Map.of("field", "size", "message", e.getMessage())));
        answer.getBody().setProperty("maxSize", ApiPage.MAX_SIZE);
        return answer;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e) {
        return problem(
                HttpStatus.CONFLICT,
                "stale-version",
                "Changed by someone else",
                "Someone else changed this record since you read it. Read it again and retry.",
                null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role may not do this.", null);
    }

    /** Bodies over the API's limits (1 MiB for CSV and JSON) are refused before they are read. */
    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
        return problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large",
                "Request too large",
                "The request body is larger than this endpoint accepts (1 MB for CSV and JSON).",
                null);
    }

    /** A multipart body that cannot be parsed (a broken boundary, a NUL in a part's header). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "bad-multipart",
                "Unreadable upload",
                "The upload is not a well-formed multipart/form-data body; send the photo as the part \"file\".",
                null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseOutage.isCause(e)) {
            log.warn(
                    "Database unavailable on {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    DatabaseOutage.reason(e));
            var answer = problem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "temporarily-unavailable",
                    "Temporarily unavailable",
                    "The portal's database is not available just now; nothing was changed. Try again in a minute.",
                    null);
            return ResponseEntity.status(answer.getStatusCode())
                    .headers(answer.getHeaders())
                    .header("Retry-After", "60")
                    .body(answer.getBody());
        }
        var reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected API error {} on {} {}", reference, request.getMethod(), request.getRequestURI(), e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "unexpected",
                "Something went wrong",
                "The portal could not complete this request. Reference " + reference + ".",
                null);
    }

    private static String lastNode(String path) {
        var dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
