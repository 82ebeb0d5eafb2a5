package app.safepost.testing;

import app.safepost.security.PortalTask;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A test's own work as the portal in one school, as a job's is ({@link PortalTask#runAsSystemIn}):
 * fixtures, clean-ups, raw SQL and reads of what it asserts, whoever is signed in at the time, who is
 * signed in again afterwards. The portal's pool is held by row-level security, so SQL run with nobody
 * signed in, or as the portal in no school, sees and changes no school's rows: a clean-up after
 * {@link SignedIn#nobody()} would silently leave its rows for the next test.
 */
public final class InSchool {

    private InSchool() {}

    /** Runs work in Jesse Gray Primary, the school of every one-school test, of jdbc's database. */
    public static void jesseGray(JdbcTemplate jdbc, Runnable work) {
        PortalTask.runAsSystemIn(TestSchools.jesseGray(jdbc), () -> {
            work.run();
            return null;
        });
    }

    /** The answer of work run in Jesse Gray Primary, of jdbc's database. */
    public static <T> T jesseGray(JdbcTemplate jdbc, Supplier<T> work) {
        return PortalTask.runAsSystemIn(TestSchools.jesseGray(jdbc), work);
    }
}
