package app.safepost.backups.domain;

import app.safepost.database.DatabaseAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database as the backup and the drill reach it: the portal's database, as the portal's role or
 * the backup role of {@code safepost.backup.username}, which must read every row (with row-level
 * security: the tables' owner or a role with BYPASSRLS) and, for the drill, create a database.
 */
final class BackupConnection {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final DatabaseAddress address;

    BackupConnection(DatabaseAddress portal, BackupSettings settings) {
        this.address = settings.username() == null || settings.username().isBlank()
                ? portal
                : portal.as(settings.username(), settings.password());
    }

    DatabaseAddress address() {
        return address;
    }

    Connection open() throws SQLException {
        return open(address);
    }

    static Connection open(DatabaseAddress to) throws SQLException {
        return DriverManager.getConnection(to.jdbcUrl(), to.username(), to.password() == null ? "" : to.password());
    }

    static DataSource dataSource(DatabaseAddress to) {
        return new DriverManagerDataSource(to.jdbcUrl(), to.username(), to.password() == null ? "" : to.password());
    }

    /** The server's major version, e.g. 15. */
    static int serverMajor(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("show server_version_num")) {
            rs.next();
            return Integer.parseInt(rs.getString(1)) / 10000;
        }
    }

    static String serverVersion(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1).split(" ")[0];
        }
    }

    /** Every table's row count, by schema-qualified name, as the connection's transaction sees them. */
    static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        var tables = new ArrayList<String>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("""
                select format('%I.%I', schemaname, tablename) from pg_tables
                where schemaname not in ('pg_catalog', 'information_schema') order by 1""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        var counts = new LinkedHashMap<String, Long>();
        for (var table : tables) {
            try (var statement = connection.createStatement();
                    var rs = statement.executeQuery("select count(*) from " + table)) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    /** The scratch database, dropped (whoever is connected) and created empty. */
    DatabaseAddress freshScratch(String name) throws SQLException {
        checkScratchName(name);
        try (var connection = open();
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name + " template template0 encoding 'UTF8'");
        }
        return address.on(name);
    }

    void dropScratch(String name) throws SQLException {
        checkScratchName(name);
        try (var connection = open();
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }

    private void checkScratchName(String name) {
        if (!DATABASE_NAME.matcher(name).matches() || name.equals(address.database())) {
            throw new BackupProblem("safepost.backup.drill-database must name a scratch database other than the"
                    + " portal's own, in lower-case letters, digits and underscores; it is \"" + name + "\".");
        }
    }
}
