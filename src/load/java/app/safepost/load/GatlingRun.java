package app.safepost.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs one Gatling simulation in this JVM (so it shares {@link LoadRun} with the harness) and reads
 * its figures back from the statistics and errors tables of the report Gatling writes.
 */
final class GatlingRun {

    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern ERROR = Pattern.compile(
            "<td class=\"error-col-1 total ko\">(.*?)<span[^>]*>[^<]*</span></td>\\s*<td class=\"value error-col-2 total ko\">(\\d+)</td>",
            Pattern.DOTALL);

    /** One request name's figures (milliseconds), or the run's total when the name is "All Requests". */
    record Step(
            String name,
            long requests,
            long errors,
            double p50,
            double p95,
            double p99,
            double max,
            double perSecond) {}

    record Result(Path report, List<Step> steps, Step total, List<String> errors, double seconds) {

        Step step(String name) {
            return steps.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
        }
    }

    private GatlingRun() {}

    static Result run(Class<?> simulation, Path results, String description) throws IOException {
        Files.createDirectories(results);
        var before = reports(results);
        long started = System.nanoTime();
        int code = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
            "--simulation",
            simulation.getName(),
            "--results-folder",
            results.toString(),
            "--run-description",
            description,
            "--launcher",
            "maven",
            "--build-tool-version",
            "3.9"
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        var fresh = reports(results);
        fresh.removeAll(before);
        if (fresh.isEmpty()) {
            throw new IllegalStateException(
                    "Gatling wrote no report for " + simulation.getSimpleName() + " (exit " + code + ")");
        }
        var report = fresh.stream().max(Comparator.comparing(Path::toString)).orElseThrow();
        var html = Files.readString(report.resolve("index.html"));
        var steps = new ArrayList<Step>();
        Step total = null;
        for (var row : html.split("<tr id=\"")) {
            var name = NAME.matcher(row);
            if (!name.find() || !row.contains("col-14")) {
                continue;
            }
            var stepName = unescape(name.group(1));
            var step = new Step(
                    stepName,
                    (long) cell(row, "total col-2", stepName, report),
                    (long) cell(row, "ko col-4", stepName, report),
                    cell(row, "total col-8", stepName, report),
                    cell(row, "total col-10", stepName, report),
                    cell(row, "total col-11", stepName, report),
                    cell(row, "total col-12", stepName, report),
                    cell(row, "total col-6", stepName, report));
            if (row.startsWith("ROOT\"")) {
                total = step;
            } else {
                steps.add(step);
            }
        }
        if (total == null) {
            throw new IllegalStateException("No statistics in " + report.resolve("index.html"));
        }
        var errors = new ArrayList<String>();
        var error = ERROR.matcher(html);
        while (error.find()) {
            errors.add(unescape(error.group(1).strip()) + " (" + error.group(2) + ")");
        }
        return new Result(report, steps, total, errors, seconds);
    }

    /**
     * One figure of a step's row. A figure that is missing or not a number stops the run: a goal judged
     * on a figure that could not be read would be judged on nothing (a NaN p95 is under every limit).
     */
    private static double cell(String row, String column, String step, Path report) {
        var matcher = Pattern.compile("class=\"value " + column + "\">([^<]*)<").matcher(row);
        var value = matcher.find() ? matcher.group(1).strip().replace(",", "") : "";
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException notAFigure) {
            throw new IllegalStateException("Cannot read Gatling's figure \"" + column + "\" for \"" + step + "\" in "
                    + report.resolve("index.html") + ": found \"" + value + "\"");
        }
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static List<Path> reports(Path results) throws IOException {
        try (var dirs = Files.list(results)) {
            return new ArrayList<>(dirs.filter(Files::isDirectory)
                    .filter(d -> Files.exists(d.resolve("index.html")))
                    .toList());
        }
    }
}
