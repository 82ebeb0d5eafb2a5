package app.safepost.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged portal as a school runs it, {@code java -jar target/safepost.jar}, in a process of its
 * own on loopback, with its output in a log file the test reads.
 */
final class PortalProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "safepost.jar");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final int port;

    private PortalProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar on {@code port} with {@code dataDir} and the extra arguments, under {@code work}. */
    static PortalProcess start(Path work, int port, Path dataDir, List<String> extra) throws IOException {
        var log = Files.createTempFile(work, "safepost", ".log");
        var tmp = Files.createDirectories(work.resolve("tmp"));
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp,
                "-jar",
                JAR.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--safepost.data-dir=" + dataDir));
        command.addAll(extra);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        return new PortalProcess(builder.start(), log, port);
    }

    Process process() {
        return process;
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /**
     * Waits until {@code /actuator/health} says UP; returns how long that took, in milliseconds. Up to
     * five minutes: two portals starting together on a busy two-core machine have taken three.
     */
    long awaitHealthy() throws Exception {
        long started = System.nanoTime();
        await("healthy")
                .atMost(Duration.ofSeconds(300))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    assertThat(process.isAlive())
                            .as("still running; log:%n%s", log())
                            .isTrue();
                    return healthy();
                });
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private boolean healthy() throws InterruptedException {
        try {
            var response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException notYet) {
            return false; // the server is not listening yet
        }
    }

    void awaitLog(String text) throws Exception {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> log().contains(text));
        assertThat(log()).contains(text);
    }

    /** Ends the process as a service manager would (SIGTERM), forcibly if it does not stop within a minute. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** Kills the process at once (SIGKILL): no shutdown hooks, no orderly close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
