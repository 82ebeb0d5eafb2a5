package app.safepost.shell.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of everything else for {@code /api/**}, sign-in included (a password check is the dearest
 * part of a call): a request that finds no place ({@link ApiLoad}) is answered 503 problem+json with
 * {@code Retry-After} and never reaches the portal. Staff screens do not pass through it.
 */
final class ApiLoadShedding extends OncePerRequestFilter {

    private final ApiLoad load;

    ApiLoadShedding(ApiLoad load) {
        this.load = load;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!load.enter()) {
            busy(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            load.leave();
        }
    }

    private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long seconds = load.settings().retryAfterSeconds();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream()
                .write(("{\"type\":\"/problems/busy\",\"title\":\"Service Unavailable\",\"status\":503,"
                                + "\"detail\":\"The portal is serving as many requests as it can just now; nothing was"
                                + " changed. Try again in " + seconds + (seconds == 1 ? " second" : " seconds")
                                + ".\",\"instance\":\""
                                + request.getRequestURI().replaceAll("[^A-Za-z0-9/_.-]", "") + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
