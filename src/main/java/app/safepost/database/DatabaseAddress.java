package app.safepost.database;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the portal's database is, as PostgreSQL's own tools (pg_dump, pg_restore) reach it: the
 * embedded server on loopback as its superuser, or the school's server as {@code spring.datasource.*}
 * names it. The password is handed to a tool in its environment, never on its command line.
 *
 * @param password null for none (the embedded server trusts loopback)
 * @param sslMode  the JDBC URL's {@code sslmode}, if it names one
 */
public record DatabaseAddress(
        String host,
        int port,
        String database,
        String username,
        @Nullable String password,
        @Nullable String sslMode) {

    private static final String PREFIX = "jdbc:postgresql://";

    /** The same server and credentials, another database on it. */
    public DatabaseAddress on(String otherDatabase) {
        return new DatabaseAddress(host, port, otherDatabase, username, password, sslMode);
    }

    /** The same database as another role (a backup role that reads every row, for example). */
    public DatabaseAddress as(String otherUsername, @Nullable String otherPassword) {
        return new DatabaseAddress(host, port, database, otherUsername, otherPassword, sslMode);
    }

    public String jdbcUrl() {
        var hostPart = host.contains(":") ? "[" + host + "]" : host;
        return PREFIX + hostPart + ":" + port + "/" + database + (sslMode == null ? "" : "?sslmode=" + sslMode);
    }

    /** The libpq environment that points a tool at this database. */
    public Map<String, String> environment() {
        var environment = new LinkedHashMap<String, String>();
        environment.put("PGHOST", host);
        environment.put("PGPORT", Integer.toString(port));
        environment.put("PGDATABASE", database);
        environment.put("PGUSER", username);
        if (password != null && !password.isEmpty()) {
            environment.put("PGPASSWORD", password);
        }
        if (sslMode != null) {
            environment.put("PGSSLMODE", sslMode);
        }
        return environment;
    }

    /**
     * Reads a PostgreSQL JDBC URL ({@code jdbc:postgresql://host[:port]/database[?user=…&sslmode=…]});
     * of several hosts, the first. The username and password given apart win over the URL's.
     */
    public static DatabaseAddress fromJdbcUrl(String url, @Nullable String username, @Nullable String password) {
        if (url == null || !url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
        }
        var rest = url.substring(PREFIX.length());
        int query = rest.indexOf('?');
        var parameters = parameters(query < 0 ? "" : rest.substring(query + 1));
        var path = query < 0 ? rest : rest.substring(0, query);
        int slash = path.indexOf('/');
        var hosts = slash < 0 ? path : path.substring(0, slash);
        var database = slash < 0 || slash == path.length() - 1 ? "postgres" : path.substring(slash + 1);
        var first = hosts.split(",")[0];
        String host;
        int port = 5432;
        if (first.startsWith("[")) {
            int close = first.indexOf(']');
            host = first.substring(1, close);
            if (first.length() > close + 2) {
                port = Integer.parseInt(first.substring(close + 2));
            }
        } else {
            int colon = first.lastIndexOf(':');
            host = colon < 0 ? first : first.substring(0, colon);
            if (colon >= 0) {
                port = Integer.parseInt(first.substring(colon + 1));
            }
        }
        var user = username != null && !username.isBlank() ? username : parameters.getOrDefault("user", "postgres");
        var secret = password != null && !password.isEmpty() ? password : parameters.get("password");
        return new DatabaseAddress(
                host.isEmpty() ? "localhost" : host, port, database, user, secret, parameters.get("sslmode"));
    }

    private static Map<String, String> parameters(String query) {
        var parameters = new LinkedHashMap<String, String>();
        for (var pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(
                        pair.substring(0, equals),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    @Override
    public String toString() {
        return username + "@" + host + ":" + port + "/" + database;
    }
}
