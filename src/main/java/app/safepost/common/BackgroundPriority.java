package app.safepost.common;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads for work nobody waits on at a screen (a photo's analysis), run at a lower CPU priority on
 * Linux (nice {@value #NICE}), so that staff screens and the API come first when the cores are busy;
 * the programs such a thread starts (Tesseract) inherit its priority. Where the priority cannot be
 * lowered (another system, a refusal) the thread runs as any other.
 */
public final class BackgroundPriority {

    static final int NICE = 10;
    private static final int PRIO_PROCESS = 0;
    private static final Logger log = LoggerFactory.getLogger(BackgroundPriority.class);

    private BackgroundPriority() {}

    /** Threads from {@code threads} that lower their own priority before they run their first task. */
    public static ThreadFactory lowered(ThreadFactory threads) {
        return task -> threads.newThread(() -> {
            lowerThisThread();
            task.run();
        });
    }

    /** Lowers the calling thread's priority; whether it is now lowered. */
    static boolean lowerThisThread() {
        try {
            // "<pid>/task/<tid>": Linux keeps a nice value for each thread, set by the thread's id.
            var self = Path.of("/proc/thread-self");
            if (!Files.isSymbolicLink(self)) {
                return false;
            }
            if (niceOfThisThread().orElse(0) >= NICE) {
                return true;
            }
            int tid =
                    Integer.parseInt(Files.readSymbolicLink(self).getFileName().toString());
            var linker = Linker.nativeLinker();
            var setpriority = linker.downcallHandle(
                    linker.defaultLookup().find("setpriority").orElseThrow(),
                    FunctionDescriptor.of(
                            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            return (int) setpriority.invokeExact(PRIO_PROCESS, tid, NICE) == 0;
        } catch (Throwable refused) {
            log.debug("The thread's priority stays as it is", refused);
            return false;
        }
    }

    /** The calling thread's nice value as Linux reports it, or empty elsewhere. */
    static OptionalInt niceOfThisThread() {
        try {
            var stat = Files.readString(Path.of("/proc/thread-self/stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Field 19 of stat (1-based, man proc) is the nice value; fields here start at field 3.
            return OptionalInt.of(Integer.parseInt(fields[16]));
        } catch (Exception elsewhere) {
            return OptionalInt.empty();
        }
    }
}
