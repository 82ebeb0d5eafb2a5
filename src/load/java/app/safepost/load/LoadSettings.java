package app.safepost.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What one run of the harness does, from system properties ({@code -Dload.…} on the Maven command
 * line): the full-scale defaults are the goals of issue 13; smaller values make a quick run while
 * developing (docs/performance.md).
 */
record LoadSettings(
        int sessions,
        Duration ramp,
        Duration steady,
        int idleSessions,
        List<Integer> apiRates,
        Duration apiStep,
        int togetherApiRate,
        String portalHeap,
        int pastPosts,
        Set<String> phases,
        boolean record,
        List<String> portalArguments) {

    /** The measured phases, in the order they run; the warm-up always runs. */
    static final List<String> PHASES = List.of("heap", "api", "sessions", "together");

    static LoadSettings fromSystemProperties() {
        return new LoadSettings(
                Integer.getInteger("load.sessions", 300),
                Duration.ofSeconds(Long.getLong("load.ramp-seconds", 120)),
                Duration.ofSeconds(Long.getLong("load.steady-seconds", 300)),
                Integer.getInteger("load.idle-sessions", 100),
                Arrays.stream(System.getProperty("load.api-rates", "100,250,500,750,1000")
                                .split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .map(Integer::valueOf)
                        .toList(),
                Duration.ofSeconds(Long.getLong("load.api-step-seconds", 30)),
                Integer.getInteger("load.together-api-rate", 0),
                System.getProperty("load.portal-heap", "1g"),
                Integer.getInteger("load.past-posts", 20_000),
                phases(System.getProperty("load.phases", "")),
                Boolean.getBoolean("load.record"),
                Arrays.stream(System.getProperty("load.portal-args", "").split("\\s+"))
                        .filter(s -> !s.isEmpty())
                        .toList());
    }

    boolean runs(String phase) {
        return phases.contains(phase);
    }

    /** A comma-separated choice among {@link #PHASES}; empty means all of them. */
    private static Set<String> phases(String chosen) {
        var phases = Arrays.stream(chosen.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        if (phases.isEmpty()) {
            return Set.copyOf(PHASES);
        }
        for (var phase : phases) {
            if (!PHASES.contains(phase)) {
                throw new IllegalArgumentException("load.phases: " + phase + " is none of " + PHASES);
            }
        }
        return Set.copyOf(phases);
    }

    String describe() {
        return "sessions " + sessions + " (ramp " + ramp.toSeconds() + " s, steady " + steady.toSeconds()
                + " s), idle sessions " + idleSessions + ", API rates " + apiRates + " req/s for "
                + apiStep.toSeconds() + " s each, together: API at "
                + (togetherApiRate > 0 ? togetherApiRate + " req/s" : "the highest clean rate")
                + ", portal heap -Xmx" + portalHeap + ", " + pastPosts + " past posts"
                + (phases.size() == PHASES.size()
                        ? ""
                        : ", phases " + PHASES.stream().filter(phases::contains).toList())
                + (record ? ", flight recordings" : "")
                + (portalArguments.isEmpty() ? "" : ", portal arguments " + portalArguments);
    }
}
