package app.safepost.common;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of a list the API answers: every list endpoint takes {@code page} (from 0) and {@code size}
 * (1 to {@value #MAX_SIZE}, by default the maximum) and answers that page as its JSON array, with the
 * whole list's length in {@code Safepost-Total-Count} and, while there is more, a {@code Link} to the next
 * page. A size above the maximum is refused ({@link PageRefused}, a 400 naming the maximum) rather than
 * quietly cut, so a script that asks for more learns why it got less. The page is read from the
 * database as a page ({@link #pageable()}, answered with {@link #of(Page)}), never cut from a whole list
 * (docs/decisions/0041-lists-read-a-page-at-a-time.md).
 */
public record ApiPage(int page, int size) {

    public static final int MAX_SIZE = 500;
    /** For {@code @RequestParam(defaultValue = ...)}. */
    public static final String DEFAULT_SIZE = "500";

    public static final String TOTAL_COUNT = "Safepost-Total-Count";

    public ApiPage {
        if (size < 1 || size > MAX_SIZE) {
            throw new PageRefused("size must be between 1 and " + MAX_SIZE + " (the largest page the API answers);"
                    + " ask for the next page with page=1, 2, ...");
        }
        if (page < 0) {
            throw new PageRefused("page must be 0 (the first page) or more.");
        }
    }

    /** The page to ask the database for: a service reads this page's rows and counts the whole list. */
    public Pageable pageable() {
        return PageRequest.of(page, size);
    }

    /** The page the database answered for {@link #pageable()}, as the answer. */
    public <T> ResponseEntity<List<T>> of(Page<T> read) {
        return answer(read.getContent(), read.getTotalElements());
    }

    private <T> ResponseEntity<List<T>> answer(List<T> items, long total) {
        long from = (long) page * size;
        var answer = ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(total));
        if (from + size < total) {
            var next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("page", page + 1)
                    .replaceQueryParam("size", size)
                    .build()
                    .toUriString();
            answer.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return answer.body(List.copyOf(items));
    }

    /** A page the API does not answer: its message says what may be asked. */
    public static final class PageRefused extends RuntimeException {
        PageRefused(String message) {
            super(message);
        }
    }
}
