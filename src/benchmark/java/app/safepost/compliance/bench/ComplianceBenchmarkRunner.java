package app.safepost.compliance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ComplianceBenchmark} with JMH and writes its figures to
 * {@code target/benchmarks/compliance.txt}. Not part of the build: tagged {@code benchmark}, which
 * the build excludes. Run it with
 * {@code ./mvnw -B test -Pbenchmark -Dtest=ComplianceBenchmarkRunner}.
 * Asserts nothing about time; a benchmark is read, not passed.
 */
@Tag("benchmark")
class ComplianceBenchmarkRunner {

    /** Keeps the results alive so the JIT cannot drop the work. */
    private static volatile Object sink;

    @Test
    void measures_a_check_and_an_index_build() throws RunnerException, IOException {
        var options = new OptionsBuilder()
                .include(ComplianceBenchmark.class.getName())
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .threads(1)
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();

        var report = new StringBuilder("Compliance engine benchmark, " + Instant.now() + "\n");
        report.append("JVM ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.version"))
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores\n");
        report.append("roster ")
                .append(ComplianceBenchmark.PUPILS)
                .append(" generated pupils; post ")
                .append(ComplianceBenchmark.POST.length())
                .append(" UTF-16 units\n\n");
        for (var result : results) {
            var primary = result.getPrimaryResult();
            var statistics = primary.getStatistics();
            String name = result.getParams().getBenchmark();
            report.append("%-28s median %10.3f  p90 %10.3f  p99 %10.3f  mean %10.3f %s  (n=%d)%n"
                    .formatted(
                            name.substring(name.lastIndexOf('.') + 1),
                            statistics.getPercentile(50),
                            statistics.getPercentile(90),
                            statistics.getPercentile(99),
                            statistics.getMean(),
                            primary.getScoreUnit(),
                            statistics.getN()));
        }
        report.append("\n").append(cpuTimes());
        System.out.println(report);
        var file = Path.of("target", "benchmarks", "compliance.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);

        assertThat(results).hasSize(3);
    }

    /**
     * JMH measures wall-clock time, which on a shared machine includes time spent waiting for a
     * core; the CPU time this thread spends is the cost of the work itself. Both are reported.
     */
    private static String cpuTimes() {
        var threads = ManagementFactory.getThreadMXBean();
        var benchmark = new ComplianceBenchmark();
        benchmark.setUp();
        for (int i = 0; i < 200_000; i++) {
            sink = benchmark.checkAPost();
        }
        int checks = 200_000;
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < checks; i++) {
            sink = benchmark.checkAPost();
        }
        double checkMicros = (threads.getCurrentThreadCpuTime() - cpu) / 1_000.0 / checks;
        for (int i = 0; i < 20; i++) {
            sink = benchmark.indexTheRoster();
        }
        int builds = 20;
        cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < builds; i++) {
            sink = benchmark.indexTheRoster();
        }
        double buildMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000.0 / builds;
        return "CPU time of this thread after warm-up: checkAPost mean %.3f us; indexTheRoster mean %.3f ms%n"
                .formatted(checkMicros, buildMillis);
    }
}
