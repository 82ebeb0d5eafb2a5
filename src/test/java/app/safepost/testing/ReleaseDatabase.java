package app.safepost.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A school's database as an earlier release left it: {@code src/test/resources/upgrade/release-82dc429.dump}
 * (schema 0019, the last release that served one school; see the README beside it), restored with
 * pg_restore into a fresh database of the test server without owners or grants, as a school restoring
 * its backup on a new server would. As an initializer, a portal then starts on it and upgrades it.
 */
public abstract class ReleaseDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The release whose database the dump is. */
    public static final String RELEASE = "82dc429";

    private static final String DUMP = "/upgrade/release-" + RELEASE + ".dump";

    /** The database's name: lower case letters and underscores. */
    protected abstract String name();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        restore(name());
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("release-database", TestDatabase.portalOn(name())));
    }

    /** Drops and creates the database, restores the release's dump into it, and says how long the restore took. */
    public static Duration restore(String database) {
        if (!database.matches("[a-z_]+")) {
            throw new IllegalArgumentException(database);
        }
        try (var connection = DriverManager.getConnection(TestDatabase.jdbcUrl(), "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + database, e);
        }
        var started = System.nanoTime();
        try {
            pgRestore(database);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore release " + RELEASE + "'s dump", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted restoring release " + RELEASE + "'s dump", e);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static void pgRestore(String database) throws IOException, InterruptedException {
        var tool = pgRestoreOnPath();
        var dump = Files.createTempFile("release-" + RELEASE, ".dump");
        var log = Files.createTempFile("pg_restore", ".log");
        try (InputStream in = ReleaseDatabase.class.getResourceAsStream(DUMP)) {
            assertThat(in).as("%s on the test class path", DUMP).isNotNull();
            Files.copy(in, dump, StandardCopyOption.REPLACE_EXISTING);
            var process = new ProcessBuilder(
                            tool.toString(),
                            "--no-owner",
                            "--no-privileges",
                            "--exit-on-error",
                            "--host",
                            "localhost",
                            "--port",
                            String.valueOf(TestDatabase.server().getPort()),
                            "--username",
                            "postgres",
                            "--dbname",
                            database,
                            dump.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("pg_restore did not restore release %s's dump within 2 minutes", RELEASE);
            }
            assertThat(process.exitValue())
                    .as("pg_restore's exit; it said: %s", Files.readString(log, StandardCharsets.UTF_8))
                    .isZero();
        } finally {
            Files.deleteIfExists(dump);
            Files.deleteIfExists(log);
        }
    }

    private static Path pgRestoreOnPath() {
        var path = System.getenv("PATH");
        for (var entry : (path == null ? "/usr/local/bin:/usr/bin:/bin" : path).split(File.pathSeparator)) {
            var candidate = Path.of(entry.isEmpty() ? "." : entry, "pg_restore");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail(
                "pg_restore was not found on the PATH (%s). The upgrade tests restore release %s's dump with"
                        + " PostgreSQL's client tools: install them (Debian: apt-get install postgresql-client), as .ci/run"
                        + " does.",
                path, RELEASE);
    }
}
