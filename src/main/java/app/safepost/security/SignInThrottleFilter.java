package app.safepost.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of HTTP Basic sign-in: a request whose address and username are being throttled gets 429
 * with {@code Retry-After} before its password is even checked; otherwise the answer tells whether
 * the credentials were accepted (a 401 after Basic credentials means they were not).
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var username = basicUsername(request.getHeader("Authorization"));
        if (username == null) {
            chain.doFilter(request, response);
            return;
        }
        var address = request.getRemoteAddr();
        var wait = throttle.retryAfter(address, username);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
            response.setHeader("Retry-After", Long.toString(seconds));
            ApiProblems.write(
                    response,
                    429,
                    "too-many-sign-in-attempts",
                    "Too Many Requests",
                    "Too many failed sign-ins from this address. Try again in "
                            + SignInThrottle.inWords(SignInThrottle.minutesToWait(wait.get())) + ".");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(address, username);
        } else {
            throttle.succeeded(address, username);
        }
    }

    /** The username of HTTP Basic credentials, or null when there are none (or they are not Basic). */
    static @Nullable String basicUsername(String header) {
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            var decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
