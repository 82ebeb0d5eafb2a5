package app.safepost.packaging;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Starts packaged jars (Safepost and the baseline app of {@code src/benchmark/baseline-app}) several times on a
 * fresh data dir and on restart, interleaved so that the machine's load weighs on all alike, and times each
 * from the process's launch until {@code /actuator/health} says UP, with a breakdown read from the log's
 * timestamps. Then starts each once more with native memory tracking and reports its idle memory.
 * Run by {@code src/benchmark/start-time.sh} (docs/performance.md, "Start"); a plain Java program, launched
 * from its source file, so it needs no build of its own. Writes its figures under {@code target/benchmarks/}.
 *
 * <p>System properties: {@code start.runs} (5), {@code start.modes} ({@code fresh,restart}), {@code
 * start.variants} ({@code safepost,baseline}), per variant {@code start.<name>.jar}, {@code start.<name>.jvm},
 * {@code start.<name>.args} and {@code start.<name>.env} (space-separated; the last as NAME=value), {@code start.memory} ({@code true}, {@code false} or the variants to measure),
 * {@code start.shared-data} (one data dir for every Safepost variant's restarts), {@code start.idle-seconds}
 * (20, before memory is read), {@code start.work} ({@code target/start-time}), {@code start.out} ({@code
 * target/benchmarks/start-time}).
 */
public final class StartTimeBenchmark {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Pattern LOG_LINE =
            Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT[0-9:.]+(?:Z|[+-]\\d\\d:\\d\\d))\\s");
    private static final Pattern PG_READY = Pattern.compile("Embedded PostgreSQL on .* ready in (\\d+) ms");
    private static final Pattern VAADIN_INIT =
            Pattern.compile("Total time for Vaadin Servlet Context Init took (\\d+) ms");
    private static final List<String> PHASES =
            List.of("jvm", "postgres", "flyway", "hibernate", "vaadin", "spring", "demo", "ready", "healthy", "cpu");

    private record Variant(String name, Path jar, List<String> jvm, List<String> args, List<String> env) {}

    private record Run(String variant, String mode, int round, double load, Map<String, Long> phases) {}

    public static void main(String[] ignored) throws Exception {
        int runs = Integer.getInteger("start.runs", 5);
        var modes = list(System.getProperty("start.modes", "fresh,restart"), ",");
        var work = Path.of(System.getProperty("start.work", "target/start-time"));
        var out = Path.of(System.getProperty("start.out", "target/benchmarks/start-time"));
        Files.createDirectories(out);
        var variants = new ArrayList<Variant>();
        for (var name : list(System.getProperty("start.variants", "safepost,baseline"), ",")) {
            var defaultJar = name.startsWith("baseline")
                    ? "src/benchmark/baseline-app/target/start-baseline.jar"
                    : "target/safepost.jar";
            variants.add(new Variant(
                    name,
                    Path.of(System.getProperty("start." + name + ".jar", defaultJar)),
                    list(System.getProperty("start." + name + ".jvm", ""), " "),
                    list(System.getProperty("start." + name + ".args", ""), " "),
                    list(System.getProperty("start." + name + ".env", ""), " ")));
        }
        var results = new ArrayList<Run>();
        for (var mode : modes) {
            for (int round = 1; round <= runs; round++) {
                for (var variant : variants) {
                    var dataDir = dataDir(work, variant, mode);
                    if (mode.equals("fresh")) {
                        deleteTree(dataDir);
                    }
                    var run = timeOneStart(variant, dataDir, work, mode, round);
                    results.add(run);
                    System.out.println(line(run));
                }
            }
        }
        var report = new StringBuilder();
        report.append("Start-up, ")
                .append(Instant.now())
                .append(", ")
                .append(runs)
                .append(" runs each\n\n");
        report.append(summary(results, variants, modes));
        var memory = System.getProperty("start.memory", "true");
        if (!memory.equals("false")) {
            report.append("\nIdle memory after start (restart, native memory tracking on)\n\n");
            for (var variant : variants) {
                if (!memory.equals("true") && !list(memory, ",").contains(variant.name())) {
                    continue;
                }
                report.append(memory(variant, dataDir(work, variant, "restart"), work));
            }
        }
        var all = results.stream().map(StartTimeBenchmark::line).collect(Collectors.joining("\n"));
        Files.writeString(out.resolve("runs.txt"), all + "\n");
        Files.writeString(out.resolve("summary.txt"), report);
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    /** Each variant's own, or with {@code start.shared-data} one for all on restart (its demo school loaded once). */
    private static Path dataDir(Path work, Variant variant, String mode) {
        var shared = System.getProperty("start.shared-data", "");
        return mode.equals("restart") && !shared.isBlank() && !variant.name().startsWith("baseline")
                ? Path.of(shared)
                : work.resolve(variant.name()).resolve("data");
    }

    private static Run timeOneStart(Variant variant, Path dataDir, Path work, String mode, int round) throws Exception {
        double load = loadAverage();
        var log = work.resolve(variant.name()).resolve(mode + "-" + round + ".log");
        var launched = Instant.now();
        var process = launch(variant, dataDir, work, log, List.of());
        var stopOnExit = new Thread(process::destroy);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            long healthy = awaitHealthy(process, log, launched);
            long cpu = cpuMillis(process.pid());
            var phases = breakdown(Files.readAllLines(log), launched, healthy);
            phases.put("cpu", cpu);
            return new Run(variant.name(), mode, round, load, phases);
        } finally {
            stop(process);
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
    }

    private static Process launch(Variant variant, Path dataDir, Path work, Path log, List<String> moreJvm)
            throws IOException {
        var tmp = Files.createDirectories(work.resolve("tmp"));
        Files.createDirectories(log.getParent());
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.io.tmpdir=" + tmp.toAbsolutePath());
        command.addAll(variant.jvm());
        command.addAll(moreJvm);
        command.addAll(List.of("-jar", variant.jar().toAbsolutePath().toString(), "--server.port=" + PORT));
        command.add("--safepost.data-dir=" + dataDir.toAbsolutePath());
        command.add("--baseline.data-dir=" + dataDir.toAbsolutePath());
        command.add("--logging.level.com.vaadin.flow.spring.VaadinServletContextInitializer=debug");
        command.addAll(variant.args());
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        for (var variable : variant.env()) {
            builder.environment()
                    .put(variable.substring(0, variable.indexOf('=')), variable.substring(variable.indexOf('=') + 1));
        }
        return builder.start();
    }

    private static final int PORT = Integer.getInteger("start.port", 18_931);

    private static long awaitHealthy(Process process, Path log, Instant launched) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(Integer.getInteger("start.timeout-minutes", 10));
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("exited before healthy; see " + log);
            }
            try {
                var response = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/actuator/health"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return Duration.between(launched, Instant.now()).toMillis();
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("not healthy in time; see " + log);
    }

    /** Milliseconds per phase, from the log lines' timestamps (see docs/performance.md for what each covers). */
    static Map<String, Long> breakdown(List<String> log, Instant launched, long healthy) {
        long starting = at(log, launched, "Starting \\w+ v|Starting \\w+Application");
        long started = at(log, launched, "Started \\w+ in ");
        long postgres = sum(log, PG_READY);
        long flyway = at(log, launched, "Successfully applied|No migration necessary|is up to date")
                - at(log, launched, "Database: jdbc:");
        long hibernate = at(log, launched, "Initialized JPA EntityManagerFactory")
                - at(log, launched, "Processing PersistenceUnitInfo");
        long vaadin = sum(log, VAADIN_INIT);
        long demoReady = at(log, launched, "Demo schools ready");
        var phases = new LinkedHashMap<String, Long>();
        phases.put("jvm", starting);
        phases.put("postgres", postgres);
        phases.put("flyway", flyway);
        phases.put("hibernate", hibernate);
        phases.put("vaadin", vaadin);
        // Started alongside the context (its own thread), PostgreSQL's start costs the main thread nothing.
        long postgresOnMain =
                log.stream().anyMatch(l -> PG_READY.matcher(l).find() && l.contains(" main] ")) ? postgres : 0;
        phases.put("spring", started - starting - postgresOnMain - flyway - hibernate - vaadin);
        phases.put("demo", demoReady < 0 ? 0 : demoReady - started);
        phases.put("ready", healthy - Math.max(started, demoReady));
        phases.put("healthy", healthy);
        return phases;
    }

    private static long at(List<String> log, Instant launched, String regex) {
        var pattern = Pattern.compile(regex);
        for (var line : log) {
            Matcher time = LOG_LINE.matcher(line);
            if (time.find() && pattern.matcher(line).find()) {
                return Duration.between(
                                launched, OffsetDateTime.parse(time.group(1)).toInstant())
                        .toMillis();
            }
        }
        return -1;
    }

    private static long sum(List<String> log, Pattern pattern) {
        long total = 0;
        for (var line : log) {
            var m = pattern.matcher(line);
            if (m.find()) {
                total += Long.parseLong(m.group(1));
            }
        }
        return total;
    }

    private static String summary(List<Run> runs, List<Variant> variants, List<String> modes) {
        var text = new StringBuilder();
        for (var mode : modes) {
            text.append(mode)
                    .append(" (ms; min / median / max of each phase; cpu: the JVM's CPU time until healthy;")
                    .append(" load average over 1 min at launch)\n");
            text.append(String.format(Locale.ROOT, "%-22s", "variant"));
            PHASES.forEach(p -> text.append(String.format(Locale.ROOT, "%21s", p)));
            text.append(String.format(Locale.ROOT, "%18s%n", "load"));
            Map<String, Long> medians = new LinkedHashMap<>();
            for (var variant : variants) {
                var of = runs.stream()
                        .filter(r ->
                                r.variant().equals(variant.name()) && r.mode().equals(mode))
                        .toList();
                if (of.isEmpty()) {
                    continue;
                }
                text.append(String.format(Locale.ROOT, "%-22s", variant.name()));
                for (var phase : PHASES) {
                    long[] values = of.stream()
                            .mapToLong(r -> r.phases().get(phase))
                            .sorted()
                            .toArray();
                    text.append(String.format(Locale.ROOT, "%21s", minMedianMax(values)));
                    if (phase.equals("healthy")) {
                        medians.put(variant.name(), median(values));
                    }
                }
                double[] loads = of.stream().mapToDouble(Run::load).sorted().toArray();
                text.append(
                        String.format(Locale.ROOT, "%18s%n", "%.1f-%.1f".formatted(loads[0], loads[loads.length - 1])));
            }
            var baseline = medians.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("baseline"))
                    .findFirst();
            baseline.ifPresent(b -> medians.forEach((name, median) -> {
                if (!name.startsWith("baseline")) {
                    text.append(String.format(
                            Locale.ROOT,
                            "%s / %s, median to healthy: %.2f×%n",
                            name,
                            b.getKey(),
                            median / (double) b.getValue()));
                }
            }));
            text.append('\n');
        }
        return text.toString();
    }

    private static String minMedianMax(long[] sorted) {
        return sorted.length == 0 ? "-" : "%d/%d/%d".formatted(sorted[0], median(sorted), sorted[sorted.length - 1]);
    }

    private static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static String line(Run run) {
        return "%s %s #%d load %.2f %s"
                .formatted(
                        run.variant(),
                        run.mode(),
                        run.round(),
                        run.load(),
                        run.phases().entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .collect(Collectors.joining(" ")));
    }

    /** Starts the variant on its data dir, lets it idle, then reads the JVM's and PostgreSQL's memory. */
    private static String memory(Variant variant, Path dataDir, Path work) throws Exception {
        var log = work.resolve(variant.name()).resolve("memory.log");
        var launched = Instant.now();
        var process = launch(variant, dataDir, work, log, List.of("-XX:NativeMemoryTracking=summary"));
        var stopOnExit = new Thread(process::destroy);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            awaitHealthy(process, log, launched);
            Thread.sleep(TimeUnit.SECONDS.toMillis(Integer.getInteger("start.idle-seconds", 20)));
            double load = loadAverage();
            long pid = process.pid();
            var nmt = run("jcmd", Long.toString(pid), "VM.native_memory", "summary", "scale=MB");
            var text = new StringBuilder(variant.name());
            text.append(String.format(
                    Locale.ROOT,
                    ": JVM RSS %d MB (PSS %d MB), load %.1f%n",
                    kb(Path.of("/proc", Long.toString(pid), "status"), "VmRSS") / 1024,
                    kb(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss") / 1024,
                    load));
            text.append("  committed (NMT, MB):");
            for (var area : List.of(
                    "Total",
                    "Java Heap",
                    "Class",
                    "Thread",
                    "Code",
                    "GC",
                    "Compiler",
                    "Internal",
                    "Other",
                    "Symbol",
                    "Shared class space",
                    "Arena Chunk",
                    "Metaspace")) {
                var m = Pattern.compile(
                                "(?m)^-?\\s*" + Pattern.quote(area) + "\\s*\\(reserved=\\d+MB, committed=(\\d+)MB")
                        .matcher(nmt);
                if (m.find()) {
                    text.append(' ').append(area).append('=').append(m.group(1));
                }
            }
            var threads = Pattern.compile("\\(threads #(\\d+)\\)").matcher(nmt);
            if (threads.find()) {
                text.append(" threads#=").append(threads.group(1));
            }
            text.append('\n')
                    .append(postgresMemory(dataDir.resolve("postgres")))
                    .append('\n');
            Files.writeString(work.resolve(variant.name()).resolve("nmt.txt"), nmt);
            return text.toString();
        } finally {
            stop(process);
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
    }

    /** The postmaster (from its pid file) and its children: resident and proportional set sizes, summed. */
    private static String postgresMemory(Path pgData) throws IOException {
        long postmaster = Long.parseLong(
                Files.readAllLines(pgData.resolve("postmaster.pid")).getFirst().trim());
        long rss = 0;
        long pss = 0;
        int count = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (var proc : procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                try {
                    long pid = Long.parseLong(proc.getFileName().toString());
                    if (pid == postmaster || kb(proc.resolve("status"), "PPid") == postmaster) {
                        rss += kb(proc.resolve("status"), "VmRSS");
                        pss += kb(proc.resolve("smaps_rollup"), "Pss");
                        count++;
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while being read
                }
            }
        }
        return "  PostgreSQL: %d processes, RSS %d MB summed, PSS %d MB".formatted(count, rss / 1024, pss / 1024);
    }

    private static long kb(Path file, String field) throws IOException {
        for (var line : Files.readAllLines(file)) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
            }
        }
        throw new IllegalStateException(field + " not in " + file);
    }

    private static String run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }

    /**
     * CPU time the JVM used until healthy (user and system, all its threads): on a machine loaded by other
     * work it varies far less than the wall time, so it shows what a change saves.
     */
    private static long cpuMillis(long pid) throws IOException {
        var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    private static double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (var path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount())
                        .toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static List<String> list(String value, String separator) {
        return Arrays.stream(value.trim().split(separator))
                .filter(s -> !s.isBlank())
                .toList();
    }

    private StartTimeBenchmark() {}
}
