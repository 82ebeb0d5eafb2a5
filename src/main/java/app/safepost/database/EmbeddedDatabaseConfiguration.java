package app.safepost.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Runs a real PostgreSQL 15 server, started by the portal itself, when no
 * {@code spring.datasource.url} is configured. Its files live under {@code safepost.data-dir}
 * and survive restarts; the server stops when the portal stops.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    static final String DATABASE_NAME = "safepost";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${safepost.data-dir}") Path dataDir,
                                      @Value("${safepost.database.port:0}") int configuredPort) throws IOException {
        var pgData = dataDir.resolve("postgres");
        int port = configuredPort > 0 ? configuredPort : freeLoopbackPort();
        long started = System.nanoTime();
        try {
            DataDirectory.prepare(dataDir);
            var server = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(true)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "60")
                    .start();
            log.info("Embedded PostgreSQL on 127.0.0.1:{} with data in {} ready in {} ms", port, pgData,
                    (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseUnavailable(pgData, e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres server) throws SQLException {
        createDatabaseIfMissing(server);
        var config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", DATABASE_NAME));
        config.setPoolName("safepost-embedded");
        config.setMaximumPoolSize(20);
        return new HikariDataSource(config);
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
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The data directory could not be used: read-only, full, or held by another portal process. */
    static final class EmbeddedDatabaseUnavailable extends IllegalStateException {
        EmbeddedDatabaseUnavailable(Path pgData, Exception cause) {
            super("The embedded database could not start in " + pgData.toAbsolutePath()
                    + ". Check that the data directory is writable, the disk is not full and no other Safepost"
                    + " process is using it. (" + cause.getMessage() + ")", cause);
        }
    }

    static final class DataDirectory {
        static Path prepare(Path dataDir) throws IOException {
            Files.createDirectories(dataDir);
            if (!Files.isWritable(dataDir)) {
                throw new IOException("data directory " + dataDir.toAbsolutePath() + " is not writable");
            }
            return dataDir;
        }
    }
}
