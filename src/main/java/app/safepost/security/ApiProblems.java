package app.safepost.security;

import app.safepost.common.DatabaseOutage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** RFC 9457 answers for API requests that fail authentication or authorisation. */
final class ApiProblems {

    private ApiProblems() {}

    static AuthenticationEntryPoint unauthorised(String challenge) {
        return (request, response, exception) -> {
            if (DatabaseOutage.isCause(exception)) {
                unavailable(response);
                return;
            }
            response.setHeader("WWW-Authenticate", challenge);
            write(response, 401, "unauthorized", "Unauthorized", "Sign in with valid credentials to use this API.");
        };
    }

    /**
     * For bearer tokens: the {@code WWW-Authenticate: Bearer …} challenge (with the token's error,
     * if one was sent) and the same problem body.
     */
    static AuthenticationEntryPoint bearerUnauthorised() {
        var bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            if (DatabaseOutage.isCause(exception)) {
                unavailable(response);
                return;
            }
            bearer.commence(request, response, exception);
            write(
                    response,
                    401,
                    "unauthorized",
                    "Unauthorized",
                    "Send a valid bearer token of the school's single sign-on to use this API.");
        };
    }

    /**
     * Signing in reads the portal's schools: while the database is down that is not a wrong password,
     * so the caller is told to try again, as every other API answer during an outage does.
     */
    private static void unavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "60");
        write(
                response,
                503,
                "temporarily-unavailable",
                "Temporarily unavailable",
                "The portal's database is not available just now; nothing was changed. Try again in a minute.");
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) ->
                write(response, 403, "forbidden", "Forbidden", "Your role may not do this.");
    }

    static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
    }
}
