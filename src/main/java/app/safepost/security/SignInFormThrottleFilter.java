package app.safepost.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the demo sign-in form: a sign-in whose address and username are being throttled goes
 * back to the sign-in page with the minutes to wait ({@code /login?throttled=15}) before its password
 * is even checked; otherwise the form's answer tells whether it was accepted (sent back with
 * {@code ?error} when not) and the count follows.
 */
final class SignInFormThrottleFilter extends OncePerRequestFilter {

    static final String SIGN_IN_PATH = "/login";

    private final SignInThrottle throttle;

    SignInFormThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + SIGN_IN_PATH).equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var username = Objects.requireNonNullElse(request.getParameter("username"), "");
        var address = request.getRemoteAddr();
        var wait = throttle.retryAfter(address, username);
        if (wait.isPresent()) {
            response.sendRedirect(
                    request.getContextPath() + SIGN_IN_PATH + "?throttled=" + SignInThrottle.minutesToWait(wait.get()));
            return;
        }
        chain.doFilter(request, response);
        var location = response.getHeader("Location");
        if (location == null) {
            return;
        }
        if (location.contains(SIGN_IN_PATH + "?error")) {
            throttle.failed(address, username);
        } else {
            throttle.succeeded(address, username);
        }
    }
}
