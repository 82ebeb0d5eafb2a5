package app.safepost.testing;

import app.safepost.security.SchoolId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Another portal instance's connection to the test database: what it commits reaches the portal under
 * test only through the database, never through the portal's own services or events. Like the portal,
 * it connects as the portal's role with a school in hand (Jesse Gray unless told otherwise).
 */
public final class OtherInstance implements AutoCloseable {

    private final Connection connection;
    private final JdbcTemplate jdbc;

    public OtherInstance() {
        this(TestSchools.jesseGray(TestDatabase.superuserJdbc()));
    }

    public OtherInstance(SchoolId school) {
        try {
            connection = DriverManager.getConnection(
                    TestDatabase.server().getJdbcUrl(TestDatabase.PORTAL_ROLE, "postgres"),
                    TestDatabase.PORTAL_ROLE,
                    "");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the test database", e);
        }
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        jdbc.queryForList("select set_config('safepost.school', ?, false)", school.toString());
    }

    /** Statements that commit one by one. */
    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Enrols a pupil with image consent for both social-media accounts' purposes, as the office would on another instance. */
    public void enrolPupil(String upn, String firstName, String surname, String className) {
        var id = UUID.randomUUID();
        jdbc.update("""
                insert into pupil (id, version, upn, first_name, surname, class_id, archived)
                select ?, 0, ?, ?, ?, id, false from school_class where name = ?""", id, upn, firstName, surname, className);
        jdbc.update("""
                insert into pupil_consent (id, version, pupil_id, purpose_code, consent, source, recorded_by, recorded_at)
                select gen_random_uuid(), 0, ?, code, true, 'MIS_IMPORT', 'office', now() from consent_purpose
                where code in ('class-social', 'school-social')""", id);
    }

    public void removePupil(String upn) {
        jdbc.update("delete from pupil_consent where pupil_id in (select id from pupil where upn = ?)", upn);
        jdbc.update("delete from pupil where upn = ?", upn);
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
