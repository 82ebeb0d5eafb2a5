package app.safepost.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The two database roles: the schema's owner, which Flyway migrates as, and the role the portal's pool
 * connects as, which row-level security holds. After each migration the owner grants the portal's role
 * what it needs (rows of every table, the sequences, the functions; only reading Flyway's history); at
 * start-up the portal says loudly if its own role is not held by row-level security (a superuser or a
 * role with BYPASSRLS), or if the consent form's look-up runs as a role that is.
 */
@Component
class PortalDatabaseRole implements Callback {

    private static final Logger log = LoggerFactory.getLogger(PortalDatabaseRole.class);

    private final ObjectProvider<DataSource> portal;

    PortalDatabaseRole(ObjectProvider<DataSource> portal) {
        this.portal = portal;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            var owner = context.getConnection();
            var role = portalRole();
            if (role.equals(owner.getMetaData().getUserName())) {
                return;
            }
            grant(owner, role);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot grant the portal's database role its rights: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "portal database role";
    }

    private String portalRole() throws SQLException {
        try (Connection connection = portal.getObject().getConnection()) {
            return connection.getMetaData().getUserName();
        }
    }

    private static void grant(Connection owner, String role) throws SQLException {
        var quoted = "\"" + role.replace("\"", "\"\"") + "\"";
        try (var statement = owner.createStatement()) {
            var schema = "\"" + owner.getSchema().replace("\"", "\"\"") + "\"";
            statement.execute("grant usage on schema " + schema + " to " + quoted);
            statement.execute(
                    "grant select, insert, update, delete on all tables in schema " + schema + " to " + quoted);
            statement.execute("revoke insert, update, delete on flyway_schema_history from " + quoted);
            statement.execute("grant usage, select on all sequences in schema " + schema + " to " + quoted);
            statement.execute("grant execute on all functions in schema " + schema + " to " + quoted);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfRowLevelSecurityIsBypassed() {
        var jdbc = new JdbcTemplate(portal.getObject());
        var role = jdbc.queryForMap(
                "select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user");
        if (Boolean.TRUE.equals(role.get("rolsuper")) || Boolean.TRUE.equals(role.get("rolbypassrls"))) {
            log.warn(
                    "The portal connects to PostgreSQL as \"{}\", a {}: row-level security does not hold it, so the"
                            + " wall between schools rests on the portal's own queries alone. Connect the pool as a role without"
                            + " superuser or BYPASSRLS and let Flyway migrate as the owner (spring.flyway.user); see README,"
                            + " \"Database roles\".",
                    role.get("name"),
                    Boolean.TRUE.equals(role.get("rolsuper")) ? "superuser" : "role with BYPASSRLS");
        }
        var lookUpBypasses = jdbc.queryForObject("""
                select coalesce(bool_or(r.rolsuper or r.rolbypassrls), false) from pg_proc p join pg_roles r on r.oid = p.proowner
                where p.proname = 'consent_form_link_school'""", Boolean.class);
        if (!Boolean.TRUE.equals(lookUpBypasses)) {
            log.warn("The consent form's link look-up (consent_form_link_school) belongs to a role that row-level"
                    + " security holds: parents' links will not be found. The schema's owner, which Flyway migrates as,"
                    + " needs BYPASSRLS (or to be a superuser); see README, \"Database roles\".");
        }
    }
}
