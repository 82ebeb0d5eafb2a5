package app.safepost.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Another portal instance's connection to the test database: what it commits reaches the portal under
 * test only through the database, never through the portal's own services or events.
 */
public final class OtherInstance implements AutoCloseable {

    private final Connection connection;
    private final JdbcTemplate jdbc;

    public OtherInstance() {
        try {
            connection = DriverManager.getConnection(TestDatabase.jdbcUrl(), "postgres", "");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the test database", e);
        }
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    }

    /** Statements that commit one by one. */
    public JdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot close the other instance's connection", e);
        }
    }
}
