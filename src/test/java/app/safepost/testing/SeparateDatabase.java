package app.safepost.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A portal on its own fresh database of the shared test PostgreSQL server, for tests whose writes
 * (hostile names, stored payloads) must not reach the data other tests read. A subclass names it.
 */
public abstract class SeparateDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The database's name: lower case letters and underscores. */
    protected abstract String name();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var name = name();
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException(name);
        }
        try (var connection = DriverManager.getConnection(TestDatabase.jdbcUrl(), "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name, e);
        }
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("separate-database", TestDatabase.portalOn(name)));
    }
}
