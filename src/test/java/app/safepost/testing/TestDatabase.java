package app.safepost.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * One real PostgreSQL 15 server for the whole test run, started on first use with an empty data
 * directory under {@code target/}, and stopped when the test JVM exits. Every Spring context of the
 * tests points at it as a deployment would: Flyway migrates as the superuser {@code postgres}, the
 * schema's owner, and the portal's pool connects as {@value #PORTAL_ROLE}, which row-level security
 * holds, so every test runs under it.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The role the portal works as, as the embedded server's is: neither superuser nor BYPASSRLS. */
    public static final String PORTAL_ROLE = "safepost_portal";

    private static EmbeddedPostgres server;

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(Path.of(
                                "target",
                                "test-postgres-" + ProcessHandle.current().pid()))
                        .setCleanDataDirectory(true)
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("fsync", "off")
                        .start();
                try (var connection = server.getPostgresDatabase().getConnection();
                        var statement = connection.createStatement()) {
                    statement.execute("create role " + PORTAL_ROLE + " login nosuperuser nobypassrls");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the test PostgreSQL server", e);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the portal's role on the test PostgreSQL server", e);
            }
        }
        return server;
    }

    /** The shared test database, as its superuser. */
    public static String jdbcUrl() {
        return server().getJdbcUrl("postgres", "postgres");
    }

    /**
     * The shared test database as its superuser, whom row-level security does not hold: only for
     * fixtures that must write or break what the portal itself never could (another school's rows, the
     * audit trail behind the portal's back), never to read what a test asserts about the portal.
     */
    public static JdbcTemplate superuserJdbc() {
        return superuserJdbc("postgres");
    }

    /** The same for another database of the test server. */
    public static JdbcTemplate superuserJdbc(String database) {
        return new JdbcTemplate(new DriverManagerDataSource(server().getJdbcUrl("postgres", database), "postgres", ""));
    }

    /** The properties that point a portal at a database of the test server, with the two roles. */
    public static Map<String, Object> portalOn(String database) {
        var properties = new HashMap<String, Object>();
        properties.put("spring.datasource.url", server().getJdbcUrl(PORTAL_ROLE, database));
        properties.put("spring.datasource.username", PORTAL_ROLE);
        properties.put("spring.datasource.password", "");
        properties.put("spring.flyway.url", server().getJdbcUrl("postgres", database));
        properties.put("spring.flyway.user", "postgres");
        properties.put("spring.flyway.password", "");
        return properties;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("test-database", portalOn("postgres")));
    }
}
