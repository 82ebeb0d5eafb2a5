package app.safepost.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The run's figures as Markdown: printed as they come, and written to target/load/summary.md at the end. */
final class Summary {

    private final List<String> lines = new ArrayList<>();

    void line(String text) {
        lines.add(text);
        System.out.println("[load] " + text);
    }

    void table(List<GatlingRun.Step> steps) {
        line("| step | requests | errors | p50 ms | p95 ms | p99 ms | max ms | per second |");
        line("|---|---|---|---|---|---|---|---|");
        for (var step : steps) {
            line(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %,d | %.0f | %.0f | %.0f | %.0f | %.1f |",
                    step.name(),
                    step.requests(),
                    step.errors(),
                    step.p50(),
                    step.p95(),
                    step.p99(),
                    step.max(),
                    step.perSecond()));
        }
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }
}
