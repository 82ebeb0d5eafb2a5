package app.safepost.drafting.api;

import static app.safepost.common.ProblemAnswers.problem;

import app.safepost.drafting.DraftNotFound;
import app.safepost.drafting.SubmissionRefused;
import app.safepost.drafting.UnknownAccount;
import app.safepost.drafting.UnknownPhoto;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The drafting API's own problem answers: 404 for what the caller may not see, 409 for a refused submission. */
abstract class DraftApiProblems {

    @ExceptionHandler(UnknownAccount.class)
    ResponseEntity<ProblemDetail> unknownAccount(UnknownAccount e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-account", "No such account", e.getMessage(), null);
    }

    @ExceptionHandler(DraftNotFound.class)
    ResponseEntity<ProblemDetail> notFound(DraftNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such draft", e.getMessage(), null);
    }

    @ExceptionHandler(SubmissionRefused.class)
    ResponseEntity<ProblemDetail> refused(SubmissionRefused e) {
        var type = switch (e.reason()) {
            case BLOCKED -> "submission-blocked";
            case WARNINGS_NOT_ACKNOWLEDGED -> "warnings-not-acknowledged";
            case NOT_EDITABLE -> "not-editable";
        };
        return problem(HttpStatus.CONFLICT, type, "Not submitted", e.getMessage(), null);
    }

    @ExceptionHandler(UnknownPhoto.class)
    ResponseEntity<ProblemDetail> unknownPhoto(UnknownPhoto e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "validation",
                "Invalid request",
                "Some fields are not valid; see errors.",
                List.of(Map.of("field", "mediaIds", "message", e.getMessage())));
    }

    @ExceptionHandler(DraftRequests.BadDraftRequest.class)
    ResponseEntity<ProblemDetail> bad(DraftRequests.BadDraftRequest e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "validation",
                "Invalid request",
                "Some fields are not valid; see errors.",
                List.of(Map.of("field", e.field(), "message", e.getMessage())));
    }
}
