package app.safepost.pupils;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: measures the roster import on a generated 2,000-pupil roster and a re-import with 50
 * changes, and writes the figures to target/benchmarks/roster-import.txt. Excluded from the normal
 * build; run it with {@code ./mvnw test -Pbenchmark -Dtest=RosterImportBenchmark}.
 */
@Tag("benchmark")
@SafepostTest
class RosterImportBenchmark {

    private static final int PUPILS = 2_000;
    private static final int CHANGES = 50;
    private static final List<String> CLASSES =
            List.of("Reception", "Class 1", "Class 2", "Class 3", "Class 4", "Class 5", "Class 6");
    private static final List<String> FIRST = List.of(
            "Amelia", "Noah", "Zoë", "Siobhán", "Mo", "Grace", "Will", "Rose", "Thomas", "Priya", "Ezra", "Björn",
            "Hope", "Jack", "Isla", "Ibrahim");
    private static final List<String> SURNAMES = List.of(
            "Khan",
            "O'Neill",
            "da Silva",
            "van der Berg",
            "Müller",
            "Young",
            "Nowak",
            "James",
            "Henry",
            "May",
            "Okafor",
            "García",
            "Smith-Jones",
            "Frost",
            "Black",
            "Nguyen");

    @Autowired
    PupilRoster roster;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void restoreTheDemoRoster() {
        RosterFixture.restoreDemoRoster(roster, jdbc);
    }

    /** The demo roster plus 2,000 generated pupils, so the demo pupils stay on roll. */
    private static String generated(int changed) {
        var csv = new StringBuilder(RosterFixture.demoCsv());
        for (int i = 0; i < PUPILS; i++) {
            var first = FIRST.get(i % FIRST.size());
            var surname = SURNAMES.get((i / FIRST.size()) % SURNAMES.size());
            boolean consent = i % 6 != 0;
            if (i < changed) {
                // Half the changes withdraw or give consent, half change a surname.
                if (i % 2 == 0) {
                    consent = !consent;
                } else {
                    surname = surname + "-Ward";
                }
            }
            csv.append(String.format(
                    Locale.ROOT,
                    "T%011d0,%s,%s,,%s,%s,%s\r\n",
                    i,
                    first,
                    surname,
                    CLASSES.get(i % CLASSES.size()),
                    consent ? "yes" : "no",
                    consent ? "2025-09-04" : ""));
        }
        return csv.toString();
    }

    private record Run(
            String name,
            RosterImportFigures result,
            double seconds,
            double cpuSeconds,
            long statements,
            long inserts,
            long updates) {
        String line() {
            return String.format(
                    Locale.ROOT,
                    "%-40s %6.3f s wall, %6.3f s CPU of the importing thread;"
                            + " %3d JDBC statements prepared; %5d entity inserts, %3d updates (batched by 50)  %s",
                    name,
                    seconds,
                    cpuSeconds,
                    statements,
                    inserts,
                    updates,
                    result);
        }
    }

    private Run measure(String name, Supplier<RosterImportFigures> importing) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        var result = importing.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        var run = new Run(
                name,
                result,
                seconds,
                cpuSeconds,
                statistics.getPrepareStatementCount(),
                statistics.getEntityInsertCount(),
                statistics.getEntityUpdateCount());
        statistics.setStatisticsEnabled(false);
        return run;
    }

    @Test
    void import_2000_pupils_then_reimport_with_50_changes() throws IOException {
        var first = generated(0).getBytes(StandardCharsets.UTF_8);
        var second = generated(CHANGES).getBytes(StandardCharsets.UTF_8);
        var lines = new java.util.ArrayList<String>();
        // Round 1 runs on a cold JVM (class loading, JIT); round 2 is the steady state of a running portal.
        for (int round = 1; round <= 2; round++) {
            var initial = measure(
                    "round " + round + ": import of 2,000 new pupils",
                    () -> InSchool.jesseGray(jdbc, () -> roster.importRoster(first, null)));
            var again = measure(
                    "round " + round + ": re-import, 50 changes",
                    () -> InSchool.jesseGray(jdbc, () -> roster.importRoster(second, null)));
            assertThat(initial.result()).isEqualTo(new RosterImportFigures(PUPILS, 0, 0, 196));
            assertThat(again.result()).isEqualTo(new RosterImportFigures(0, CHANGES, 0, PUPILS + 196 - CHANGES));
            lines.add(initial.line());
            lines.add(again.line());
            RosterFixture.restoreDemoRoster(roster, jdbc);
        }
        var report = "Roster import benchmark (" + java.time.Instant.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + String.format(
                        Locale.ROOT,
                        "%.1f",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage())
                + ", embedded PostgreSQL 15)\n"
                + String.join("\n", lines) + "\n";
        System.out.println(report);
        var file = Path.of("target", "benchmarks", "roster-import.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
    }
}
