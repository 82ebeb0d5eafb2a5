package app.safepost.school;

import app.safepost.testing.InSchool;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Enrolments of school iPads for tests: a test device of its own, and everything removed afterwards. */
public final class DeviceEnrolmentFixture {

    /** Test devices' serials start with this, so their removal leaves the demo school's iPads alone. */
    public static final String SERIAL_PREFIX = "TESTENROL";

    private DeviceEnrolmentFixture() {}

    /** Removes every enrolment and refused key of the demo school, then its test devices. */
    public static void removeEnrolmentsAndTestDevices(JdbcTemplate jdbc) {
        InSchool.jesseGray(jdbc, () -> {
            jdbc.update("delete from device_key_refusal_aud");
            jdbc.update("delete from device_key_refusal");
            jdbc.update("delete from device_enrolment_aud");
            jdbc.update("delete from device_enrolment");
            jdbc.update("delete from school_device_aud where serial like '" + SERIAL_PREFIX + "%'");
            jdbc.update("delete from school_device where serial like '" + SERIAL_PREFIX + "%'");
        });
    }

    /** The demo school's device with this label. */
    public static DeviceId device(JdbcTemplate jdbc, String label) {
        return InSchool.jesseGray(
                jdbc,
                () -> new DeviceId(
                        jdbc.queryForObject("select id from school_device where label = ?", UUID.class, label)));
    }

    /** The SHA-256, in hex, of the bytes a device token encodes: what the register keeps. */
    public static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(Base64.getUrlDecoder().decode(token)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every row of the demo school's enrolment tables and their audit tables, and of its audit trail's
     * revisions, as text.
     */
    public static String everythingKept(JdbcTemplate jdbc) {
        var text = new StringBuilder();
        InSchool.jesseGray(jdbc, () -> {
            for (var table : new String[] {
                "device_enrolment",
                "device_enrolment_aud",
                "device_key_refusal",
                "device_key_refusal_aud",
                "school_device",
                "school_device_aud",
                "revision_info",
                "photo",
                "photo_aud"
            }) {
                jdbc.queryForList("select to_jsonb(t)::text from " + table + " t", String.class)
                        .forEach(text::append);
            }
        });
        return text.toString();
    }
}
