package app.safepost.media;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.TestPhotos.Exif;
import app.safepost.school.DeviceDetails;
import app.safepost.school.DeviceEnrolmentFixture;
import app.safepost.school.DeviceEnrolments;
import app.safepost.school.DeviceKey;
import app.safepost.school.DeviceSummary;
import app.safepost.school.SchoolDirectory;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The device check (P3) of photos uploaded with a device key, on the real database: what an iPad really
 * writes (make and model, no serial) passes from an enrolled iPad in service and is flagged otherwise.
 */
@SafepostTest
class EnrolledIpadPhotosTest {

    @Autowired
    MediaLibrary media;

    @Autowired
    DeviceEnrolments enrolments;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    private DeviceSummary ipad;
    private DeviceKey key;

    @BeforeEach
    void enrolATestIpad() {
        MediaFixture.removeAllPhotos(jdbc);
        DeviceEnrolmentFixture.removeEnrolmentsAndTestDevices(jdbc);
        SignedIn.as(demoUsers, "office");
        ipad = directory.registerDevice(new DeviceDetails(
                "iPad 22 (Class 5)", "Apple", "iPad (9th generation)", DeviceEnrolmentFixture.SERIAL_PREFIX + "22"));
        key = enrolments.enrol(ipad.id());
    }

    @AfterEach
    void removeThem() {
        SignedIn.nobody();
        MediaFixture.removeAllPhotos(jdbc);
        DeviceEnrolmentFixture.removeEnrolmentsAndTestDevices(jdbc);
    }

    private MediaSummary uploadedByTeacher(byte[] photo, @Nullable DeviceKey from) {
        SignedIn.as(demoUsers, "teacher");
        try {
            return media.intake("IMG_0101.JPG", photo, from);
        } finally {
            SignedIn.as(demoUsers, "office");
        }
    }

    private static byte[] ipadPhoto(String model) {
        return TestPhotos.withMetadata(TestPhotos.jpeg(TestPhotos.detailed(320, 240)), Exif.ipadWithoutSerial(model));
    }

    @Test
    void an_ipad_photo_uploaded_from_the_enrolled_ipad_passes_and_is_stamped_with_it() {
        var photo = uploadedByTeacher(ipadPhoto("iPad (9th generation)"), key);

        assertThat(photo.device())
                .isEqualTo(new CameraDevice(
                        "Apple",
                        "iPad (9th generation)",
                        null,
                        true,
                        DeviceCheck.ENROLLED_IPAD,
                        true,
                        "iPad 22 (Class 5)"));
        assertThat(photo.fromRegisteredDevice()).isTrue();
        assertThat(photo.deviceExplanation())
                .isEqualTo("Taken on a school iPad: uploaded from iPad 22 (Class 5), an"
                        + " enrolled school iPad, and its camera details fit (Apple iPad (9th generation)).");
        assertThat(jdbc.queryForObject("select device_id from photo", UUID.class))
                .isEqualTo(ipad.id().value());
        assertThat(DeviceEnrolmentFixture.everythingKept(jdbc)).doesNotContain(key.token());
    }

    @Test
    void the_same_photo_from_a_browser_that_is_not_enrolled_is_flagged_in_plain_words() {
        var photo = uploadedByTeacher(ipadPhoto("iPad (9th generation)"), null);

        assertThat(photo.fromRegisteredDevice()).isFalse();
        assertThat(photo.device().check()).isEqualTo(DeviceCheck.NOT_ENROLLED);
        assertThat(photo.device().label()).isNull();
        assertThat(photo.deviceExplanation())
                .isEqualTo("Not shown to be from a school iPad: uploaded from a browser"
                        + " that is not an enrolled school iPad (Apple iPad (9th generation)).");
    }

    @Test
    void after_the_office_revokes_the_enrolment_the_ipads_uploads_are_flagged_and_the_refusal_recorded() {
        enrolments.revoke(ipad.id());

        var photo = uploadedByTeacher(ipadPhoto("iPad (9th generation)"), key);

        assertThat(photo.fromRegisteredDevice()).isFalse();
        assertThat(photo.device().check()).isEqualTo(DeviceCheck.ENROLMENT_REVOKED);
        assertThat(photo.device().enrolled()).isFalse();
        assertThat(photo.deviceExplanation())
                .isEqualTo("Not shown to be from a school iPad: uploaded from a browser"
                        + " whose school iPad enrolment was revoked.");
        assertThat(jdbc.queryForObject("select presented_by from device_key_refusal", String.class))
                .isEqualTo("teacher");
    }

    @Test
    void a_retired_ipads_uploads_are_flagged() {
        directory.setDeviceInService(ipad.id(), false, ipad.version());

        var photo = uploadedByTeacher(ipadPhoto("iPad (9th generation)"), key);

        assertThat(photo.fromRegisteredDevice()).isFalse();
        assertThat(photo.device().check()).isEqualTo(DeviceCheck.DEVICE_RETIRED);
    }

    @Test
    void another_makers_photo_or_another_model_is_flagged_even_from_the_enrolled_ipad() {
        var camera = uploadedByTeacher(
                TestPhotos.withMetadata(
                        TestPhotos.jpeg(TestPhotos.detailed(320, 240)),
                        new Exif("Canon", "Canon EOS 250D", null, 1, false, false)),
                key);
        var phone = uploadedByTeacher(ipadPhoto("iPhone 15 Pro"), key);
        var screenshot = uploadedByTeacher(TestPhotos.png(TestPhotos.quadrants(40, 30)), key);

        assertThat(camera.fromRegisteredDevice()).isFalse();
        assertThat(camera.device().check()).isEqualTo(DeviceCheck.OTHER_MAKER);
        assertThat(camera.device().enrolled()).isTrue();
        assertThat(camera.deviceExplanation())
                .isEqualTo("Not shown to be from a school iPad: uploaded from iPad 22"
                        + " (Class 5), an enrolled school iPad, but its camera details name another maker (Canon).");
        assertThat(phone.device().check()).isEqualTo(DeviceCheck.OTHER_MODEL);
        assertThat(phone.fromRegisteredDevice()).isFalse();
        assertThat(screenshot.device().check()).isEqualTo(DeviceCheck.NO_CAMERA_DETAILS);
        assertThat(screenshot.device().make()).isEmpty();
        assertThat(screenshot.fromRegisteredDevice()).isFalse();
    }

    @Test
    void a_cameras_serial_still_counts_where_it_writes_one() {
        var photo =
                uploadedByTeacher(TestPhotos.withMetadata(TestPhotos.jpeg(160, 120), Exif.ipad("DMPX1002JGP2")), null);

        assertThat(photo.fromRegisteredDevice()).isTrue();
        assertThat(photo.device().check()).isEqualTo(DeviceCheck.REGISTERED_SERIAL);
        assertThat(photo.device().label()).isEqualTo("iPad 02 (Class 3)");
    }
}
