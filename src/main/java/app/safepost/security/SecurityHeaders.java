package app.safepost.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every answer carries: a Content Security Policy, no framing by other sites,
 * no content-type sniffing, a referrer policy, and HSTS on requests that arrived over TLS (directly
 * or, with {@code server.forward-headers-strategy=native}, through a reverse proxy that says so).
 * Spring Security writes HSTS only on secure requests, so plain HTTP on loopback never pins a
 * browser to HTTPS. See docs/decisions/0014-hardening.md.
 */
final class SecurityHeaders {

    /**
     * The screens' policy. Vaadin Flow needs {@code script-src 'unsafe-inline' 'unsafe-eval'} (its
     * bootstrap script is inline and its client engine builds functions from what the server sends)
     * and {@code style-src 'unsafe-inline'}; everything else is held to this origin.
     */
    static final String SCREENS_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "frame-ancestors 'none'";

    /** The API answers JSON, images and CSV: nothing in it may run, load or be framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    static final long HSTS_MAX_AGE = 31_536_000L;

    private SecurityHeaders() {}

    static void screens(HttpSecurity http) throws Exception {
        apply(http, SCREENS_POLICY, ReferrerPolicy.SAME_ORIGIN);
    }

    static void api(HttpSecurity http) throws Exception {
        apply(http, API_POLICY, ReferrerPolicy.NO_REFERRER);
    }

    private static void apply(HttpSecurity http, String policy, ReferrerPolicy referrer) throws Exception {
        http.headers(headers -> headers
                // Written before the request is handled, not when the answer is committed: error
                // pages and Vaadin's bootstrap page would otherwise go out without them.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(nosniff -> {})
                .referrerPolicy(referrerPolicy -> referrerPolicy.policy(referrer))
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE).includeSubDomains(true))
                .permissionsPolicyHeader(permissions ->
                        permissions.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
    }
}
