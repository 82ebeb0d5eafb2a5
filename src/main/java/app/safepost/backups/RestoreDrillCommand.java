package app.safepost.backups;

import app.safepost.security.PortalTask;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;

/**
 * The restore drill on demand, from the same jar and settings as the portal:
 * {@code java -jar safepost.jar --restore-drill} (with the portal's usual {@code SAFEPOST_*} and
 * {@code SPRING_DATASOURCE_*} settings). It starts the portal without its scheduled jobs or publishing
 * thread, its web server on a free loopback port that nobody is told of (the screens' security needs
 * one), runs the drill once as the portal itself, records it like the weekly one, prints the outcome
 * and exits 0 when the drill passed, 1 when it did not.
 */
public final class RestoreDrillCommand {

    /** The argument that asks for the drill instead of the portal. */
    public static final String ARGUMENT = "--restore-drill";

    private RestoreDrillCommand() {}

    public static boolean isAskedFor(String[] args) {
        return Arrays.asList(args).contains(ARGUMENT);
    }

    /** Runs the drill with the portal's configuration; the process's exit code. */
    public static int run(Class<?> portal, String[] args, PrintStream out) {
        var application = new SpringApplication(portal);
        try (var context = application.run(arguments(args))) {
            var drill =
                    PortalTask.runAsSystem(() -> context.getBean(Backups.class).restoreDrill());
            out.println("Restore drill " + (drill.succeeded() ? "passed" : "FAILED") + ": " + drill.summary());
            return drill.succeeded() ? 0 : 1;
        }
    }

    /** The given arguments without {@link #ARGUMENT}, and nothing running by itself meanwhile. */
    static String[] arguments(String[] args) {
        var arguments = new ArrayList<>(
                Arrays.stream(args).filter(a -> !a.equals(ARGUMENT)).toList());
        arguments.addAll(List.of(
                "--safepost.scheduling.enabled=false",
                "--safepost.publishing.scheduler-enabled=false",
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--spring.main.banner-mode=off"));
        return arguments.toArray(String[]::new);
    }
}
