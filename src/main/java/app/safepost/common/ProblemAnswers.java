package app.safepost.common;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problem answers in the API's one shape: {@code /problems/<type>}, a title, a detail, field errors. */
public final class ProblemAnswers {

    private ProblemAnswers() {}

    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        return problem(status, type, title, detail, null);
    }

    /** @param errors one entry per bad field or line, each with {@code field} (or {@code line}) and {@code message} */
    public static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String type, String title, String detail, @Nullable List<Map<String, String>> errors) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
