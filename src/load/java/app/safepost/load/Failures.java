package app.safepost.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Keeps the first few failed answers of each step under target/load/failures, to see what went wrong. */
final class Failures {

    static volatile Path folder;
    private static final ConcurrentHashMap<String, AtomicInteger> kept = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, AtomicInteger> reasons = new ConcurrentHashMap<>();

    /** The failures since the last call, as "step: reason (count)", and forgets them. */
    static synchronized java.util.List<String> drain() {
        var lines = reasons.entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " (" + e.getValue().get() + ")")
                .toList();
        reasons.clear();
        return lines;
    }

    private Failures() {}

    static void keep(String step, String why, String body) {
        reasons.computeIfAbsent(
                        step + ": " + (why.length() > 160 ? why.substring(0, 160) + "…" : why),
                        r -> new AtomicInteger())
                .incrementAndGet();
        if (folder == null) {
            return;
        }
        int n = kept.computeIfAbsent(step, s -> new AtomicInteger()).incrementAndGet();
        if (n > 5) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(
                    folder.resolve(step.replaceAll("[^A-Za-z0-9]+", "-") + "-" + n + ".txt"), why + "\n\n" + body);
        } catch (IOException e) {
            System.err.println("Cannot keep a failed answer: " + e);
        }
    }
}
