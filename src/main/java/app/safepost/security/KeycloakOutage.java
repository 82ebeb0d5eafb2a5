package app.safepost.security;

import com.nimbusds.jose.RemoteKeySourceException;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What staff and API clients meet while the school's Keycloak does not answer
 * (docs/decisions/0016-keycloak-outage.md): the portal's own page, 503, instead of a browser error or a
 * redirect loop, when a sign-in would start or finish; a 503 problem when an API token cannot be checked
 * because the realm's keys were never read. Sessions already signed in need no Keycloak and are left
 * alone.
 */
final class KeycloakOutage {

    private static final Logger log = LoggerFactory.getLogger(KeycloakOutage.class);
    static final String RETRY_AFTER_SECONDS = "60";

    private final KeycloakRealm realm;

    KeycloakOutage(KeycloakRealm realm) {
        this.realm = realm;
    }

    /**
     * In front of Spring Security's redirect to Keycloak: sends the browser on only if Keycloak
     * answers, otherwise shows the page. The redirect filter answers a failed metadata read with an
     * error that would bring the browser back here in a loop, so that case is checked first as well.
     */
    OncePerRequestFilter beforeSignIn() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !KeycloakRealm.SIGN_IN_PATH.equals(request.getRequestURI()
                        .substring(request.getContextPath().length()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (realm.signInPossible()) {
                    chain.doFilter(request, response);
                } else {
                    page(response);
                }
            }
        };
    }

    /**
     * When Keycloak sent the browser back but the portal could not exchange the code (Keycloak stopped
     * in between), the page; any other failure goes where Spring Security sends it (a fresh sign-in).
     */
    AuthenticationFailureHandler afterSignIn() {
        var otherwise = new SimpleUrlAuthenticationFailureHandler(KeycloakRealm.SIGN_IN_PATH + "?error");
        return (request, response, exception) -> {
            if (realm.answersNow()) {
                otherwise.onAuthenticationFailure(request, response, exception);
            } else {
                log.warn(
                        "Single sign-on: a sign-in came back from Keycloak but Keycloak then stopped answering ({})",
                        exception.getMessage());
                page(response);
            }
        };
    }

    /**
     * Around the API's token check: a token that cannot be checked because Keycloak's metadata or
     * keys cannot be read is answered 503 with {@code Retry-After}, not 401 (the token may be good) nor
     * a server error.
     */
    OncePerRequestFilter aroundTokenCheck() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } catch (RuntimeException | ServletException e) {
                    if (!isCause(e) || response.isCommitted()) {
                        throw e;
                    }
                    log.warn("Single sign-on: an API token could not be checked: {}", rootMessage(e));
                    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
                    ApiProblems.write(
                            response,
                            503,
                            "temporarily-unavailable",
                            "Service Unavailable",
                            "The school's sign-in service is not answering, so your token cannot be checked."
                                    + " Please try again in a minute.");
                }
            }
        };
    }

    /**
     * After the portal's session has ended: through Keycloak's sign-out (ending its session too, then
     * back to the portal) while it answers; otherwise to the portal's own signed-out page, so the
     * browser is not sent to a Keycloak that cannot answer. Redirects as a Vaadin screen's request
     * needs them.
     */
    LogoutSuccessHandler afterSignOut(ClientRegistrationRepository registrations, String afterKeycloak) {
        var throughKeycloak = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        throughKeycloak.setRedirectStrategy(new UidlRedirectStrategy());
        throughKeycloak.setPostLogoutRedirectUri(afterKeycloak);
        var redirect = new UidlRedirectStrategy();
        return (request, response, authentication) -> {
            if (realm.signInPossible()) {
                throughKeycloak.onLogoutSuccess(request, response, authentication);
            } else {
                log.warn(
                        "Single sign-on: signed out of the portal only; Keycloak does not answer, so its session stays");
                redirect.sendRedirect(request, response, SIGNED_OUT_PATH);
            }
        };
    }

    /** Serves the signed-out page at {@link #SIGNED_OUT_PATH}, for anyone: it holds nothing personal. */
    OncePerRequestFilter signedOutPage() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !SIGNED_OUT_PATH.equals(request.getRequestURI()
                        .substring(request.getContextPath().length()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException {
                response.setStatus(HttpServletResponse.SC_OK);
                write(response, SIGNED_OUT_PAGE);
            }
        };
    }

    /** Whether a failure comes from Keycloak not answering (or not being the configured realm). */
    static boolean isCause(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof KeycloakRealm.KeycloakUnavailable
                    || cause instanceof JwtDecoderInitializationException
                    || cause instanceof RemoteKeySourceException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** The page: plain words, what to do, whom to tell; no detail of the failure. */
    static void page(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        write(response, PAGE);
    }

    private static void write(HttpServletResponse response, String page) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(page);
    }

    static final String HEADING = "The school's sign-in service is not answering";

    private static final String TOP = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%s · Safepost</title>
            <style>
              body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a;
                     background: #ffffff; margin: 0; line-height: 1.5; }
              header { border-bottom: 1px solid #d0d0d0; padding: 0.75rem 1.5rem; font-weight: 700; }
              main { max-width: 38rem; margin: 2rem auto; padding: 0 1.5rem; }
              h1 { font-size: 1.6rem; line-height: 1.25; }
              a.try-again { display: inline-block; margin-top: 0.5rem; padding: 0.5rem 1.25rem; border-radius: 4px;
                            background: #0b4fa8; color: #ffffff; text-decoration: none; font-weight: 600; }
              a.try-again:hover { background: #083c80; }
              a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 3px; }
            </style>
            </head>
            <body>
            <header>Safepost</header>
            <main>
            """;

    private static final String PAGE =
            TOP.formatted("Sign-in is not available") + """
            <h1>%s</h1>
            <p>Safepost signs you in through the school's sign-in service, and that service is not answering
            just now, so you cannot sign in at the moment. Nothing you have saved in Safepost is affected.</p>
            <p>Please try again in a few minutes. If you are already signed in on another tab, you can carry on
            working there.</p>
            <p>If you still cannot sign in after 15 minutes, tell the school office or whoever looks after the
            school's computers, and say that the sign-in service is not answering.</p>
            <p><a class="try-again" href="%s">Try again</a></p>
            </main>
            </body>
            </html>
            """.formatted(HEADING, KeycloakRealm.SIGN_IN_PATH);

    static final String SIGNED_OUT_PATH = "/signed-out";
    static final String SIGNED_OUT_HEADING = "You are signed out of Safepost";

    private static final String SIGNED_OUT_PAGE = TOP.formatted("Signed out") + """
            <h1>%s</h1>
            <p>The school's sign-in service is not answering just now, so it could not be told that you signed
            out, and it may still remember you in this browser.</p>
            <p>If this is a shared computer, close every window of this browser now, so that nobody else can
            sign in as you once the service is back.</p>
            <p><a class="try-again" href="/">Back to Safepost</a></p>
            </main>
            </body>
            </html>
            """.formatted(SIGNED_OUT_HEADING);
}
