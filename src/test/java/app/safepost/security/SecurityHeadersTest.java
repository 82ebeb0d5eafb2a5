package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SafepostServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of answer (a screen, the sign-in page, a static style sheet, the API signed in and not,
 * actuator) carries the security headers; HSTS only when the request came over TLS, here through a
 * proxy on loopback that says so.
 */
@SafepostServerTest
class SecurityHeadersTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> as(String user) {
        return user == null ? Map.of() : Map.of("Authorization", Api.basic(user, DemoUsers.PASSWORD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/", "/pupils", "/styles.css", "/media.css", "/VAADIN/does-not-exist.js"})
    void screens_and_their_resources_forbid_framing_sniffing_and_foreign_scripts(String path) throws Exception {
        var response = get(path, Map.of());
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValue(SecurityHeaders.SCREENS_POLICY);
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'")
                .doesNotContain("*", "http:", "https:");
        assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        assertThat(headers.firstValue("Strict-Transport-Security"))
                .as(path + " over plain HTTP")
                .isEmpty();
    }

    /** Every file under META-INF/resources, as a path of the portal. */
    static Stream<String> staticFiles() throws Exception {
        var root = Path.of(SecurityHeadersTest.class
                        .getResource("/META-INF/resources/styles.css")
                        .toURI())
                .getParent();
        try (var files = Files.walk(root)) {
            return files
                    .filter(Files::isRegularFile)
                    .map(f -> "/" + root.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("staticFiles")
    void every_static_file_of_the_portal_is_served_with_its_type_signed_in_or_not(String path) throws Exception {
        var expected = Map.of(
                "css", "text/css", "png", "image/png", "ico", "image/", "webmanifest", "application/manifest+json");
        var type = expected.get(path.substring(path.lastIndexOf('.') + 1));
        assertThat(type).as("a type expected for " + path).isNotNull();
        for (var user : new String[] {null, DemoUsers.TEACHER}) {
            var response = get(path, as(user));
            assertThat(response.statusCode()).as(path + " as " + user).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(value -> assertThat(value).startsWith(type));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/me", "/api/v1/accounts", "/actuator/health", "/api/v1/no-such-endpoint"})
    void api_answers_may_not_run_load_or_be_framed_signed_in_or_not(String path) throws Exception {
        for (var user : new String[] {DemoUsers.TEACHER, null}) {
            var headers = get(path, as(user)).headers();
            var label = path + " as " + user;
            assertThat(headers.firstValue("Content-Security-Policy")).as(label).hasValue(SecurityHeaders.API_POLICY);
            assertThat(headers.firstValue("X-Frame-Options")).as(label).hasValue("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(label).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(label).hasValue("no-referrer");
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as(label)
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/styles.css", "/api/v1/me", "/actuator/health"})
    void behind_a_tls_proxy_every_answer_pins_https_for_a_year(String path) throws Exception {
        var headers = get(
                        path,
                        Map.of(
                                "X-Forwarded-Proto",
                                "https",
                                "Authorization",
                                Api.basic(DemoUsers.TEACHER, DemoUsers.PASSWORD)))
                .headers();
        assertThat(headers.firstValue("Strict-Transport-Security"))
                .as(path)
                .hasValue("max-age=31536000 ; includeSubDomains");
    }
}
