package app.safepost.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Runs a real PostgreSQL 15 server, started by the portal itself, when no
 * {@code spring.datasource.url} is configured. Its files live under {@code safepost.data-dir}
 * and survive restarts; the server stops when the portal stops. Flyway migrates as the server's
 * superuser, the schema's owner; the portal works as {@value #PORTAL_ROLE}, which row-level security holds.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    static final String DATABASE_NAME = "safepost";
    static final String PORTAL_ROLE = "safepost_portal";

    /**
     * Starts the server while the rest of the portal is still being built: a bean factory post-processor
     * runs before the web server, Vaadin and the other beans are made, and PostgreSQL (initdb on a fresh
     * data dir) works in its own processes meanwhile (docs/decisions/0042-start-time-and-memory.md).
     */
    @Bean
    static EarlyStart embeddedPostgresEarlyStart() {
        return new EarlyStart();
    }

    @Bean(name = "embeddedPostgres", destroyMethod = "close")
    EmbeddedPostgres startedEmbeddedPostgres(EarlyStart earlyStart) throws IOException {
        return earlyStart.server();
    }

    /** Starts the server on {@code dataDir}, on {@code configuredPort} or else a free one. */
    EmbeddedPostgres embeddedPostgres(Path dataDir, int configuredPort) throws IOException {
        return start(dataDir, configuredPort);
    }

    private static EmbeddedPostgres start(Path dataDir, int configuredPort) throws IOException {
        var pgData = dataDir.resolve("postgres");
        long started = System.nanoTime();
        try {
            DataDirectory.prepare(dataDir);
            int port = configuredPort > 0 ? configuredPort : freeLoopbackPort();
            var server = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(true)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "60")
                    .start();
            log.info(
                    "Embedded PostgreSQL on 127.0.0.1:{} with data in {} ready in {} ms",
                    port,
                    pgData,
                    (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseUnavailable(pgData, e);
        }
    }

    /** The portal's pool, connected as {@link #PORTAL_ROLE}, which row-level security holds. */
    @Bean
    @Primary
    HikariDataSource dataSource(EmbeddedPostgres server) throws SQLException {
        createDatabaseIfMissing(server);
        createPortalRoleIfMissing(server);
        var pool = new HikariDataSource();
        pool.setJdbcUrl(server.getJdbcUrl(PORTAL_ROLE, DATABASE_NAME));
        pool.setUsername(PORTAL_ROLE);
        pool.setPoolName("safepost-embedded");
        pool.setMaximumPoolSize(20);
        // Each connection is a PostgreSQL process of its own (about 1.5 MB): an idle portal keeps two and
        // opens more as staff and the API need them, closing them again after ten idle minutes.
        pool.setMinimumIdle(2);
        return pool;
    }

    /** What Flyway migrates as: the server's superuser, which owns the schema. */
    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedPostgres server) {
        return new SimpleDriverDataSource(new Driver(), server.getJdbcUrl("postgres", DATABASE_NAME), "postgres", "");
    }

    /**
     * The role the portal works as: neither superuser nor BYPASSRLS, so that row-level security holds it.
     * Flyway's callback grants it its rights after each migration ({@link PortalDatabaseRole}).
     */
    private static void createPortalRoleIfMissing(EmbeddedPostgres server) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection();
                var exists = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            exists.setString(1, PORTAL_ROLE);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (var create = c.createStatement()) {
                        create.execute("create role " + PORTAL_ROLE
                                + " login nosuperuser nobypassrls nocreatedb nocreaterole");
                    }
                }
            }
        }
    }

    /** The embedded server as PostgreSQL's tools reach it: on loopback, as its superuser, without a password. */
    @Bean
    DatabaseAddress databaseAddress(EmbeddedPostgres server) {
        return new DatabaseAddress("127.0.0.1", server.getPort(), DATABASE_NAME, "postgres", null, null);
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection();
                var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE_NAME);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (var create = c.createStatement()) {
                        create.execute("create database " + DATABASE_NAME + " encoding 'UTF8'");
                    }
                }
            }
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The data directory could not be used: read-only, full, or held by another portal process. */
    static final class EmbeddedDatabaseUnavailable extends IllegalStateException {
        EmbeddedDatabaseUnavailable(Path pgData, Exception cause) {
            super(
                    "The embedded database could not start in " + pgData.toAbsolutePath() + ". "
                            + DataDirectory.diagnose(pgData)
                            + " (" + cause.getMessage() + ")",
                    cause);
        }
    }

    /**
     * The server's start, begun in a thread of its own as soon as the bean factory is set up; handed to
     * the {@code embeddedPostgres} bean, which closes it with the context. If the context fails before it
     * takes the server, closing the context stops the server here, so no PostgreSQL outlives the portal.
     */
    static final class EarlyStart
            implements BeanFactoryPostProcessor, EnvironmentAware, PriorityOrdered, DisposableBean {

        private @Nullable CompletableFuture<EmbeddedPostgres> starting;
        private boolean handedOver;
        private @Nullable Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            var env = Objects.requireNonNull(environment);
            var dataDir = Path.of(env.getRequiredProperty("safepost.data-dir"));
            int port = env.getProperty("safepost.database.port", Integer.class, 0);
            starting = new CompletableFuture<>();
            Thread.ofPlatform().name("embedded-postgres-start").daemon().start(() -> {
                try {
                    var server = start(dataDir, port);
                    createDatabaseIfMissing(server);
                    createPortalRoleIfMissing(server);
                    starting.complete(server);
                } catch (Throwable e) {
                    starting.completeExceptionally(e);
                }
            });
        }

        synchronized EmbeddedPostgres server() throws IOException {
            try {
                var server = Objects.requireNonNull(starting, "not started").join();
                handedOver = true;
                return server;
            } catch (CompletionException e) {
                if (e.getCause() instanceof EmbeddedDatabaseUnavailable unavailable) {
                    throw unavailable;
                }
                throw new IOException(e.getCause());
            }
        }

        @Override
        public synchronized void destroy() throws IOException {
            if (starting != null && !handedOver) {
                try {
                    starting.join().close();
                } catch (CompletionException failedToStart) {
                    // nothing runs that would need stopping
                }
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    static final class DataDirectory {

        /** Below this the disk counts as full: PostgreSQL needs room for its lock file, WAL and a checkpoint. */
        static final long NEARLY_FULL_BYTES = 16L * 1024 * 1024;

        /** Says which of the usual causes it is, where the file system can tell. */
        static String diagnose(Path pgData) {
            var existing = pgData.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            try {
                if (existing != null && Files.isDirectory(existing)) {
                    var store = Files.getFileStore(existing);
                    if (store.isReadOnly()) {
                        return "The disk holding it is mounted read-only.";
                    }
                    if (store.getUsableSpace() < NEARLY_FULL_BYTES) {
                        return "The disk holding it is full (" + store.getUsableSpace() / 1024 + " KB free).";
                    }
                }
            } catch (IOException unknown) {
                // fall back to the general advice
            }
            return "Check that the data directory is writable, the disk is not full and no other Safepost"
                    + " process is using it.";
        }

        static Path prepare(Path dataDir) throws IOException {
            Files.createDirectories(dataDir);
            if (!Files.isWritable(dataDir)) {
                throw new IOException("data directory " + dataDir.toAbsolutePath() + " is not writable");
            }
            // Checked first: PostgreSQL would fail on its lock file, and only after a wait.
            long free = Files.getFileStore(dataDir).getUsableSpace();
            if (free < NEARLY_FULL_BYTES) {
                throw new IOException("only " + free / 1024 + " KB free for " + dataDir.toAbsolutePath());
            }
            return dataDir;
        }
    }
}
