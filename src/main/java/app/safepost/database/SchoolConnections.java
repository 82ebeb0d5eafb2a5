package app.safepost.database;

import app.safepost.security.SchoolId;
import app.safepost.security.SchoolInHand;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connections of the portal's pool, each of which tells PostgreSQL the school in hand
 * ({@code safepost.school}, read by the row-level security policies of V0041) before each statement it
 * prepares. The setting stays on the connection, so a statement costs no extra round trip while the
 * school is the one the connection last said; a rollback may undo it, so after one it is said again.
 * With no school in hand the setting is empty, and no school's row is visible.
 */
final class SchoolConnections extends DelegatingDataSource {

    static final String SETTING = "safepost.school";

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    SchoolConnections(DataSource physical) {
        super(physical);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return scoped(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return scoped(super.getConnection(username, password));
    }

    private static Connection scoped(Connection physical) {
        return (Connection) Proxy.newProxyInstance(
                SchoolConnections.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                new SchoolSetting(physical));
    }

    /** The school in hand as the setting says it: its id, or empty for none. */
    static String settingFor(@Nullable SchoolId school) {
        return school == null ? "" : school.value().toString();
    }

    private static final class SchoolSetting implements InvocationHandler {

        private final Connection physical;
        /** What the connection's setting says now; null when unknown (new, or after a rollback). */
        private @Nullable String said;

        SchoolSetting(Connection physical) {
            this.physical = physical;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            var name = method.getName();
            if (STATEMENTS.contains(name)) {
                say(settingFor(SchoolInHand.current().orElse(null)));
            } else if (name.equals("rollback")) {
                said = null;
            } else if (name.equals("unwrap") && args[0] == Connection.class) {
                return proxy;
            }
            try {
                return method.invoke(physical, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void say(String school) throws SQLException {
            if (school.equals(said)) {
                return;
            }
            try (var statement = physical.prepareStatement("select set_config('" + SETTING + "', ?, false)")) {
                statement.setString(1, school);
                statement.execute();
            }
            said = school;
        }
    }
}
