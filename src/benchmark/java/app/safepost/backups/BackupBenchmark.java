package app.safepost.backups;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.SafepostApplication;
import app.safepost.security.PortalTask;
import app.safepost.testing.SeparateDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Not a test: the nightly backup's wall time and dump size, and the restore drill's wall time (restore
 * into the scratch database, every table's row count, the revision chain), for the demo trust as
 * loaded and for the large demo school (150 staff, 2,000 pupils, 20,000 past posts), each on a portal
 * and database of its own, three runs each. Prints the figures with the machine's load average and
 * writes them to target/benchmarks/backups.txt. Run it with
 * {@code ./mvnw -B test -Pbenchmark -Dtest=BackupBenchmark}; {@code -Dbackup.large-past-posts=N}
 * generates a smaller large school.
 */
@Tag("benchmark")
class BackupBenchmark {

    private static final int RUNS = 3;
    private static final int LARGE_PAST_POSTS = Integer.getInteger("backup.large-past-posts", 20_000);

    @Test
    void backup_and_restore_drill_of_the_demo_trust_and_the_large_school() throws IOException {
        var report = new ArrayList<String>();
        report.add("Backup and restore drill, " + RUNS + " runs each, "
                + Runtime.getRuntime().availableProcessors() + " cores; load average at the start " + loadAverage());
        try {
            report.addAll(measure("demo trust as loaded", "backup_bench_demo", Map.of()));
            report.addAll(measure(
                    String.format(Locale.ROOT, "large demo school (%,d past posts)", LARGE_PAST_POSTS),
                    "backup_bench_large",
                    Map.of(
                            "safepost.demo-school.large",
                            "true",
                            "safepost.demo-school.large-past-posts",
                            String.valueOf(LARGE_PAST_POSTS))));
            report.add("load average at the end " + loadAverage());
        } finally {
            var out = Path.of("target", "benchmarks", "backups.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, report);
            report.forEach(System.out::println);
        }
    }

    /** Starts a portal on a database of its own, backs it up and drills the backup, RUNS times. */
    private static List<String> measure(String school, String database, Map<String, Object> settings)
            throws IOException {
        var lines = new ArrayList<String>();
        var directory = Path.of("target", "benchmarks", database);
        FileSystemUtils.deleteRecursively(directory);
        var properties = new HashMap<String, Object>(settings);
        properties.putAll(Map.of(
                "safepost.backup.directory",
                directory.toString(),
                "safepost.backup.drill-database",
                database + "_drill",
                "safepost.scheduling.enabled",
                "false",
                "safepost.publishing.scheduler-enabled",
                "false",
                "server.address",
                "127.0.0.1",
                "server.port",
                "0",
                "spring.main.banner-mode",
                "off"));
        long start = System.nanoTime();
        try (var portal = start(database, properties)) {
            lines.add("");
            lines.add(String.format(
                    Locale.ROOT,
                    "%s: portal ready in %.1f s (load average %s)",
                    school,
                    (System.nanoTime() - start) / 1e9,
                    loadAverage()));
            var backups = portal.getBean(Backups.class);
            var backupTimes = new double[RUNS];
            var drillTimes = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                var made = timed(() -> PortalTask.runAsSystem(backups::backUp));
                assertThat(made.run().succeeded()).as(made.run().summary()).isTrue();
                var drill = timed(() -> PortalTask.runAsSystem(backups::restoreDrill));
                assertThat(drill.run().succeeded()).as(drill.run().summary()).isTrue();
                backupTimes[i] = made.seconds();
                drillTimes[i] = drill.seconds();
                lines.add(String.format(
                        Locale.ROOT,
                        "  run %d: backup %.2f s, dump %s (%,d bytes); restore drill %.2f s;" + " load average %s",
                        i + 1,
                        made.seconds(),
                        BackupRun.size(made.run().sizeBytes()),
                        made.run().sizeBytes(),
                        drill.seconds(),
                        loadAverage()));
                if (i == 0) {
                    lines.add("    drill: " + drill.run().summary());
                }
            }
            lines.add(String.format(
                    Locale.ROOT,
                    "  median: backup %.2f s, restore drill %.2f s",
                    median(backupTimes),
                    median(drillTimes)));
        }
        return lines;
    }

    private static ConfigurableApplicationContext start(String database, Map<String, Object> properties) {
        SeparateDatabase ownDatabase = new SeparateDatabase() {
            @Override
            protected String name() {
                return database;
            }
        };
        return new SpringApplicationBuilder(SafepostApplication.class)
                .initializers(
                        ownDatabase,
                        context -> context.getEnvironment()
                                .getPropertySources()
                                .addFirst(new MapPropertySource("backup-benchmark", properties)))
                .run();
    }

    private record Timed(BackupRun run, double seconds) {}

    private static Timed timed(Supplier<BackupRun> work) {
        long t0 = System.nanoTime();
        var run = work.get();
        return new Timed(run, (System.nanoTime() - t0) / 1e9);
    }

    private static double median(double[] values) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String loadAverage() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
