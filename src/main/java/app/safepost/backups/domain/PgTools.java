package app.safepost.backups.domain;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's own client tools, pg_dump and pg_restore, as installed on the machine (Debian's
 * postgresql-client; the portal's embedded server has none). pg_dump refuses a server of a newer
 * major version than its own, so the version is checked first and the refusal explained.
 */
final class PgTools {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)(?:\\.(\\d+))?");
    private static final Duration LONGEST = Duration.ofHours(4);
    private static final int TAIL = 600;
    /** The embedded server's major version: the oldest client the portal's own database needs. */
    static final int EMBEDDED_MAJOR = 15;

    private final @Nullable String directory;

    PgTools(@Nullable String directory) {
        this.directory = directory == null || directory.isBlank() ? null : directory;
    }

    /** The tool's path, or a problem saying how to install it. */
    Path find(String tool) {
        if (directory != null) {
            var path = Path.of(directory, tool);
            if (Files.isExecutable(path)) {
                return path;
            }
            throw new BackupProblem(tool + " is not in " + directory + " (safepost.backup.tools-directory).");
        }
        var path = System.getenv("PATH");
        for (var entry : (path == null ? "/usr/local/bin:/usr/bin:/bin" : path).split(File.pathSeparator)) {
            var candidate = Path.of(entry.isEmpty() ? "." : entry, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new BackupProblem(tool + " was not found: install PostgreSQL's client tools (Debian: apt-get install"
                + " postgresql-client), version " + EMBEDDED_MAJOR + " or newer, or name their directory in"
                + " safepost.backup.tools-directory.");
    }

    /** The tool's PostgreSQL version, e.g. "15.18". */
    String version(Path tool) {
        var output = run(List.of(tool.toString(), "--version"), Map.of(), Duration.ofSeconds(30));
        var matcher = VERSION.matcher(output);
        if (!matcher.find()) {
            throw new BackupProblem(tool + " did not say its version: " + tail(output));
        }
        return matcher.group(2) == null ? matcher.group(1) : matcher.group(1) + "." + matcher.group(2);
    }

    static int major(String version) {
        var dot = version.indexOf('.');
        return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
    }

    /** Refuses a tool older than the server: pg_dump cannot dump, nor pg_restore read, what is newer than it. */
    static void checkCanServe(String tool, String toolVersion, int serverMajor) {
        if (major(toolVersion) < serverMajor) {
            throw new BackupProblem(tool + " " + toolVersion + " is older than the database's PostgreSQL "
                    + serverMajor + " server and cannot work with it: install PostgreSQL's client tools "
                    + serverMajor + " or newer (Debian: apt-get install postgresql-client), or name their"
                    + " directory in safepost.backup.tools-directory.");
        }
    }

    /**
     * Runs a tool and waits for it; its output, or a problem with the end of what it said (a password is
     * passed in the environment, never on the command line, so it is not in what is shown).
     */
    String run(List<String> command, Map<String, String> environment, Duration timeout) {
        Path log = null;
        try {
            log = Files.createTempFile("safepost-" + Path.of(command.getFirst()).getFileName(), ".log");
            var builder = new ProcessBuilder(new ArrayList<>(command))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            var process = builder.start();
            var within = timeout.compareTo(LONGEST) > 0 ? LONGEST : timeout;
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new BackupProblem(name(command) + " did not finish within " + within.toMinutes() + " minutes.");
            }
            var output = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new BackupProblem(name(command) + " failed (exit " + process.exitValue() + "): " + tail(output));
            }
            return output;
        } catch (IOException e) {
            throw new BackupProblem(name(command) + " could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupProblem(name(command) + " was interrupted.", e);
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // a temporary file the system cleans up
                }
            }
        }
    }

    private static String name(List<String> command) {
        return Path.of(command.getFirst()).getFileName().toString();
    }

    private static String tail(String output) {
        var text = output.strip().replaceAll("\\s+", " ");
        return text.length() <= TAIL ? text : "…" + text.substring(text.length() - TAIL);
    }
}
