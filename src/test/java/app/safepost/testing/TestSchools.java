package app.safepost.testing;

import app.safepost.security.DemoSchool;
import app.safepost.security.SchoolId;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo trust's schools in the test database, by their fictional URNs. */
public final class TestSchools {

    private TestSchools() {}

    /** Jesse Gray Primary, the demo school, whose data every one-school test uses. */
    public static SchoolId jesseGray(JdbcTemplate jdbc) {
        return byUrn(jdbc, DemoSchool.JESSE_GRAY_URN);
    }

    /** Fenwick Road Primary, the demo trust's second school. */
    public static SchoolId fenwickRoad(JdbcTemplate jdbc) {
        return byUrn(jdbc, DemoSchool.FENWICK_ROAD_URN);
    }

    private static SchoolId byUrn(JdbcTemplate jdbc, String urn) {
        return new SchoolId(jdbc.queryForObject("select id from school where urn = ?", UUID.class, urn));
    }
}
