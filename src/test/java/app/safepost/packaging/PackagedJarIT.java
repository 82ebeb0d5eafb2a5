package app.safepost.packaging;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as a school would run it: {@code java -jar target/safepost.jar} on a fresh data
 * directory, started twice (the data stays), and refused on a non-loopback address in demo mode.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "safepost.jar");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ALWAYS)
    Path work;

    @Test
    void starts_on_a_fresh_data_dir_and_keeps_its_data_across_a_restart() throws Exception {
        var dataDir = work.resolve("data");
        int port = freePort();

        var first = start(port, dataDir, List.of());
        try {
            var firstStart = awaitHealthy(first, port);
            assertThat(get(port, "/api/v1/me", "teacher")).isEqualTo(
                    "{\"username\":\"teacher\",\"displayName\":\"Tom Hale\",\"roles\":[\"teacher\"],\"classes\":[\"Class 3\"]}");
            System.out.printf("First start to healthy: %d ms%n", firstStart);
        } finally {
            stop(first);
        }
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();

        var second = start(port, dataDir, List.of());
        try {
            var restart = awaitHealthy(second, port);
            System.out.printf("Restart to healthy: %d ms%n", restart);
            awaitLog(second, "Demo school ready (0 items added)");
            assertThat(get(port, "/api/v1/me", "head")).contains("\"displayName\":\"Helen Okoro\"");
        } finally {
            stop(second);
        }
    }

    @Test
    void demo_sign_in_refuses_to_listen_on_every_address() throws Exception {
        var process = start(freePort(), work.resolve("data"), List.of("--server.address=0.0.0.0"));
        assertThat(process.process.waitFor(120, TimeUnit.SECONDS)).as("exits by itself").isTrue();

        assertThat(process.process.exitValue()).isNotZero();
        var log = Files.readString(process.log);
        assertThat(log).contains("Demo sign-in refuses to start on server.address=0.0.0.0")
                .contains("APPLICATION FAILED TO START")
                .doesNotContain("\tat app.safepost");
    }

    @Test
    void with_single_sign_on_it_listens_on_every_address_and_starts_while_keycloak_is_not_up_yet() throws Exception {
        int port = freePort();
        // Nothing listens at this issuer: the portal must start all the same and say why sign-in waits.
        var issuer = "http://127.0.0.1:" + freePort() + "/realms/safepost";
        var process = start(port, work.resolve("data"), List.of("--server.address=0.0.0.0",
                "--safepost.sso.issuer-uri=" + issuer, "--safepost.sso.client-id=safepost",
                "--safepost.sso.client-secret=safepost-demo-secret",
                // With single sign-on a credentials key is required; a fresh one protects nothing here.
                "--safepost.credentials.key=" + Base64.getEncoder().encodeToString(randomKey())));
        try {
            awaitHealthy(process, port);
            awaitLog(process, "Single sign-on: Keycloak does not answer at " + issuer);
            var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "teacher:demo".getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("no HTTP Basic with single sign-on").isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    header -> assertThat(header).startsWith("Bearer"));
            assertThat(Files.readString(process.log)).doesNotContain("Demo school ready");
        } finally {
            stop(process);
        }
    }

    record Running(Process process, Path log) {
    }

    private Running start(int port, Path dataDir, List<String> extra) throws IOException {
        var log = Files.createTempFile(work, "safepost", ".log");
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + work.resolve("tmp"), "-jar", JAR.toAbsolutePath().toString(),
                "--server.port=" + port, "--safepost.data-dir=" + dataDir));
        command.addAll(extra);
        Files.createDirectories(work.resolve("tmp"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        return new Running(builder.start(), log);
    }

    private long awaitHealthy(Running running, int port) throws Exception {
        long started = System.nanoTime();
        while (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(180)) {
            assertThat(running.process.isAlive()).as("still running; log:%n%s", Files.readString(running.log)).isTrue();
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // the server is not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not healthy within 180 s; log:\n" + Files.readString(running.log));
    }

    private static void awaitLog(Running running, String text) throws Exception {
        for (int i = 0; i < 240 && !Files.readString(running.log).contains(text); i++) {
            Thread.sleep(250);
        }
        assertThat(Files.readString(running.log)).contains(text);
    }

    private String get(int port, String path, String user) throws Exception {
        var auth = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + auth).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void stop(Running running) throws InterruptedException {
        running.process.destroy();
        if (!running.process.waitFor(60, TimeUnit.SECONDS)) {
            running.process.destroyForcibly();
        }
    }

    private static byte[] randomKey() {
        var key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
