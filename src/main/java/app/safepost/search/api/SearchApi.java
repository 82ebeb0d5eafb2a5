package app.safepost.search.api;

import static app.safepost.common.ProblemAnswers.problem;

import app.safepost.search.SchoolSearch;
import app.safepost.search.SearchHit;
import app.safepost.search.SearchRefused;
import app.safepost.search.SearchResults;
import app.safepost.security.Roles;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search?q=…&page=0&size=25}: SLT's search of the school in hand, as the Search
 * screen shows it.
 */
@RestController
@RequestMapping("/api/v1/search")
class SearchApi {

    private final SchoolSearch search;

    SearchApi(SchoolSearch search) {
        this.search = search;
    }

    /** A page of what was found, and whether a later page holds more. */
    record SearchJson(String words, int page, int size, int total, boolean capped, boolean more, List<SearchHit> hits) {

        static SearchJson of(SearchResults results) {
            return new SearchJson(
                    results.words(),
                    results.page(),
                    results.size(),
                    results.total(),
                    results.capped(),
                    results.more(),
                    results.hits());
        }
    }

    @GetMapping
    @PreAuthorize(Roles.IS_SLT)
    SearchJson search(
            @RequestParam(name = "q", required = false) @Nullable String words,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + SchoolSearch.PAGE_SIZE) int size) {
        return SearchJson.of(search.search(words, page, size));
    }

    @ExceptionHandler(SearchRefused.class)
    ResponseEntity<ProblemDetail> refused(SearchRefused refused) {
        var field = refused.field().equals("words") ? "q" : refused.field();
        return problem(
                HttpStatus.BAD_REQUEST,
                "validation",
                "Invalid request",
                refused.getMessage(),
                List.of(Map.of("field", field, "message", refused.getMessage())));
    }
}
