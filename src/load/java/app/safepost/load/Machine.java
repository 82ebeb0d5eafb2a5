package app.safepost.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine as a whole: load average and how busy its cores were between two readings. */
final class Machine {

    record CpuTimes(long busy, long total) {}

    private Machine() {}

    static String loadAverage() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static CpuTimes cpu() throws IOException {
        var fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < fields.length; i++) {
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
        return new CpuTimes(total - idle, total);
    }

    /** The share of all cores' time that was busy between two readings, in cores (2.0 = both cores full). */
    static double busyCores(CpuTimes before, CpuTimes after) {
        long total = after.total() - before.total();
        return total == 0
                ? 0
                : Runtime.getRuntime().availableProcessors() * (after.busy() - before.busy()) / (double) total;
    }
}
