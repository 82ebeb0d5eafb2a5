package app.safepost.pupils;

import app.safepost.testing.InSchool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo roster as test input, and putting it back. Tests share one database with tests that
 * count the demo school's 196 pupils, so every test that imports restores the demo roster and
 * removes the test pupils (UPNs starting with T) it added, audit rows included.
 */
public final class RosterFixture {

    /** A UPN no demo pupil has. */
    public static final String TEST_UPN = "T99999999999A";

    public static final String AMELIA_KHAN = "J820300120086,Amelia,Khan,,Class 3,yes,2025-09-04";

    private RosterFixture() {}

    /** The demo roster file as shipped (CRLF line ends). */
    public static String demoCsv() {
        try (var in = new ClassPathResource("demo/pupils.csv").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Re-imports the demo school's roster and deletes its test pupils and their audit rows. A test may
     * have left only its own pupils on roll, so the number archived is confirmed as the preview gives it.
     */
    public static void restoreDemoRoster(PupilRoster roster, JdbcTemplate jdbc) {
        InSchool.jesseGray(jdbc, () -> {
            var demo = bytes(demoCsv());
            roster.importRoster(demo, roster.previewImport(demo).archived().size());
            for (var table :
                    new String[] {"image_consent_record", "pupil_consent", "never_publish_flag", "consent_form_link"}) {
                jdbc.update(
                        "delete from " + table + "_aud where pupil_id in (select id from pupil where upn like 'T%')");
                jdbc.update("delete from " + table + " where pupil_id in (select id from pupil where upn like 'T%')");
            }
            jdbc.update(
                    "delete from pupil_aud where upn like 'T%' or id in (select id from pupil where upn like 'T%')");
            jdbc.update("delete from pupil where upn like 'T%'");
        });
    }
}
