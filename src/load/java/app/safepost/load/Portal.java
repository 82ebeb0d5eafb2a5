package app.safepost.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The packaged portal ({@code target/safepost.jar}) on loopback with a fresh data directory, in single
 * sign-on mode with the large demo school; and what the harness reads from its process: heap after a
 * full collection ({@code jcmd}), CPU time ({@code /proc/<pid>/stat}).
 */
final class Portal implements AutoCloseable {

    private static final Pattern HEAP_USED =
            Pattern.compile("garbage-first heap\\s+total (?:reserved )?\\d+K, " + "(?:committed \\d+K, )?used (\\d+)K");
    private final Path project;
    private final Path work;
    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    Portal(Path project, Path work) throws IOException {
        this.project = project;
        this.work = work;
        try (var socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return work.resolve("portal.log");
    }

    void start(String clientId, String clientSecret, String heap, int pastPosts, List<String> extraArguments)
            throws IOException {
        var dataDir = work.resolve("data");
        deleteTree(dataDir);
        Files.createDirectories(work.resolve("tmp"));
        var key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(
                java,
                "-Xms" + heap,
                "-Xmx" + heap,
                "-Djava.io.tmpdir=" + work.resolve("tmp"),
                "-jar",
                project.resolve("target/safepost.jar").toString(),
                "--server.port=" + port,
                "--safepost.data-dir=" + dataDir,
                "--safepost.sso.issuer-uri=" + LoadKeycloak.ISSUER,
                "--safepost.sso.client-id=" + clientId,
                "--safepost.sso.client-secret=" + clientSecret,
                "--safepost.credentials.key=" + Base64.getEncoder().encodeToString(key),
                "--safepost.demo-school.large=true",
                "--safepost.demo-school.history=false",
                "--safepost.demo-school.large-past-posts=" + pastPosts,
                "--safepost.notifications.portal-url=" + base()));
        command.addAll(extraArguments);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile());
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        process = builder.start();
    }

    /** Waits for health, then for the large school; returns the seconds from start to ready. */
    long awaitReady(Duration timeout) throws Exception {
        long started = System.nanoTime();
        while (System.nanoTime() - started < timeout.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped during start-up; see " + log());
            }
            var text = Files.readString(log());
            if (text.contains("Large demo school ready") && healthy()) {
                return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            }
            if (text.contains("APPLICATION FAILED TO START")) {
                throw new IllegalStateException("The portal failed to start; see " + log());
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The portal was not ready within " + timeout.toSeconds() + " s; see " + log());
    }

    private boolean healthy() {
        try {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Used heap in bytes after a full collection (two, so that finalisable objects are gone too). */
    long heapAfterFullGc() throws Exception {
        jcmd("GC.run");
        Thread.sleep(500);
        jcmd("GC.run");
        var info = jcmd("GC.heap_info");
        var matcher = HEAP_USED.matcher(info);
        if (!matcher.find()) {
            throw new IllegalStateException("Cannot read the used heap from:\n" + info);
        }
        return Long.parseLong(matcher.group(1)) * 1024;
    }

    /** The portal process's CPU time (user and system, all threads) in seconds. */
    double cpuSeconds() throws IOException {
        return cpuSeconds(pid());
    }

    /** The CPU time of the processes the portal started and waited for: Tesseract, jpegtran, the HEIF converter. */
    double toolsCpuSeconds() throws IOException {
        return childrenCpuSeconds(pid());
    }

    /**
     * The CPU time of the portal's embedded PostgreSQL: its server process (found by this run's data
     * directory), its current connections' processes, and those that ended.
     */
    double databaseCpuSeconds() throws IOException {
        var dataDir = work.resolve("data").toString();
        var server = ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains(dataDir) && c.contains("postgres"))
                        .orElse(false))
                .findFirst();
        if (server.isEmpty()) {
            return 0;
        }
        double seconds =
                cpuSeconds(server.get().pid()) + childrenCpuSeconds(server.get().pid());
        for (var child : server.get().children().toList()) {
            try {
                seconds += cpuSeconds(child.pid());
            } catch (IOException ended) {
                // the connection closed meanwhile; its time is in the server's children's time now
            }
        }
        return seconds;
    }

    private static double childrenCpuSeconds(long pid) throws IOException {
        var stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // cutime and cstime: fields 16 and 17 (1-based, man proc), the time of children that ended.
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / (double) clockTicks();
    }

    /** A process's CPU time (user and system, all threads) in seconds. */
    static double cpuSeconds(long pid) throws IOException {
        var stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the command: state is field 3, utime field 14, stime field 15 (1-based, man proc).
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks / (double) clockTicks();
    }

    private static long clockTicks() {
        try {
            var process = new ProcessBuilder("getconf", "CLK_TCK").start();
            var out = new String(process.getInputStream().readAllBytes()).strip();
            process.waitFor();
            return Long.parseLong(out);
        } catch (Exception e) {
            return 100;
        }
    }

    private String jcmd(String command) throws Exception {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var process = new ProcessBuilder(jcmd, String.valueOf(pid()), command)
                .redirectErrorStream(true)
                .start();
        var out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed:\n" + out);
        }
        return out;
    }

    /** Starts a flight recording of the portal (profiling a missed goal), until {@link #stopRecording}. */
    void startRecording() throws Exception {
        jcmd("JFR.start name=load settings=profile");
    }

    void stopRecording(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        jcmd("JFR.stop name=load filename=" + file);
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
        // A portal killed before it could stop its embedded database leaves the database running: end the
        // processes serving this run's own data directory, and nothing else.
        var dataDir = work.resolve("data").toString();
        ProcessHandle.allProcesses()
                .filter(p ->
                        p.info().commandLine().map(c -> c.contains(dataDir)).orElse(false))
                .forEach(ProcessHandle::destroy);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (var path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
