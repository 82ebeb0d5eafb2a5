package app.safepost.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Background threads run at nice 10 on Linux, and so do the programs they start; other threads do not. */
class BackgroundPriorityTest {

    @Test
    void a_background_thread_and_the_program_it_starts_give_way_and_the_caller_does_not() throws Exception {
        assumeTrue(Files.isSymbolicLink(Path.of("/proc/thread-self")), "Linux keeps a nice value per thread");
        int callerBefore = BackgroundPriority.niceOfThisThread().orElseThrow();
        var background = Executors.newSingleThreadExecutor(BackgroundPriority.lowered(
                Thread.ofPlatform().name("background").factory()));
        try {
            var nice = background.submit(BackgroundPriority::niceOfThisThread).get(10, TimeUnit.SECONDS);
            var program = background
                    .submit(BackgroundPriorityTest::niceOfAProgramStartedHere)
                    .get(10, TimeUnit.SECONDS);

            assertThat(nice).hasValue(Math.max(callerBefore, BackgroundPriority.NICE));
            assertThat(program).isEqualTo(Math.max(callerBefore, BackgroundPriority.NICE));
            assertThat(BackgroundPriority.niceOfThisThread()).isEqualTo(OptionalInt.of(callerBefore));
        } finally {
            background.shutdownNow();
        }
    }

    private static int niceOfAProgramStartedHere() throws Exception {
        var process = new ProcessBuilder("sh", "-c", "cat /proc/self/stat").start();
        var stat = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        process.waitFor(10, TimeUnit.SECONDS);
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[16]);
    }
}
