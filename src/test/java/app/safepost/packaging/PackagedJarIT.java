package app.safepost.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.domain.CredentialCipher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a school would run it: {@code java -jar target/safepost.jar} on a fresh data
 * directory, started twice (the data stays), and refused on a non-loopback address in demo mode.
 */
class PackagedJarIT {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ALWAYS)
    Path work;

    @Test
    void starts_on_a_fresh_data_dir_and_keeps_its_data_across_a_restart() throws Exception {
        var dataDir = work.resolve("data");
        int port = PortalProcess.freePort();

        var first = PortalProcess.start(work, port, dataDir, List.of());
        try {
            var firstStart = first.awaitHealthy();
            assertThat(get(port, "/api/v1/me", "teacher"))
                    .startsWith("{\"username\":\"teacher\",\"displayName\":\"Tom Hale\",\"roles\":[\"teacher\"],"
                            + "\"classes\":[\"Class 3\"],\"school\":{\"id\":\"")
                    .contains("\"name\":\"Jesse Gray Primary School\"");
            System.out.printf("First start to healthy: %d ms%n", firstStart);
        } finally {
            first.stop();
        }
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();

        var second = PortalProcess.start(work, port, dataDir, List.of());
        try {
            var restart = second.awaitHealthy();
            System.out.printf("Restart to healthy: %d ms%n", restart);
            second.awaitLog("Demo schools ready (0 items added)");
            assertThat(get(port, "/api/v1/me", "head")).contains("\"displayName\":\"Helen Okoro\"");
        } finally {
            second.stop();
        }
    }

    @Test
    void demo_sign_in_refuses_to_listen_on_every_address() throws Exception {
        var process = PortalProcess.start(
                work, PortalProcess.freePort(), work.resolve("data"), List.of("--server.address=0.0.0.0"));
        assertThat(process.process().waitFor(120, TimeUnit.SECONDS))
                .as("exits by itself")
                .isTrue();

        assertThat(process.process().exitValue()).isNotZero();
        var log = process.log();
        assertThat(log)
                .contains("Demo sign-in refuses to start on server.address=0.0.0.0")
                .contains("APPLICATION FAILED TO START")
                .doesNotContain("\tat app.safepost");
    }

    @Test
    void with_single_sign_on_it_listens_on_every_address_and_starts_while_keycloak_is_not_up_yet() throws Exception {
        int port = PortalProcess.freePort();
        // Nothing listens at this issuer: the portal must start all the same and say why sign-in waits.
        var issuer = "http://127.0.0.1:" + PortalProcess.freePort() + "/realms/safepost";
        var process = PortalProcess.start(
                work,
                port,
                work.resolve("data"),
                List.of(
                        "--server.address=0.0.0.0",
                        "--safepost.sso.issuer-uri=" + issuer,
                        "--safepost.sso.client-id=safepost",
                        "--safepost.sso.client-secret=safepost-demo-secret",
                        // With single sign-on a credentials key is required; a fresh one protects nothing here.
                        "--safepost.credentials.key=" + CredentialCipher.newKeyBase64()));
        try {
            process.awaitHealthy();
            process.awaitLog("Single sign-on: Keycloak does not answer at " + issuer);
            var response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString("teacher:demo".getBytes(StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode())
                    .as("no HTTP Basic with single sign-on")
                    .isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(header -> assertThat(header).startsWith("Bearer"));
            assertThat(process.log()).doesNotContain("Demo schools ready");
        } finally {
            process.stop();
        }
    }

    private String get(int port, String path, String user) throws Exception {
        var auth = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Authorization", "Basic " + auth)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
