package app.safepost.media.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.MediaFixture;
import app.safepost.media.TestPhotos;
import app.safepost.media.TestPhotos.Exif;
import app.safepost.school.DeviceCookie;
import app.safepost.school.DeviceEnrolmentFixture;
import app.safepost.school.DeviceEnrolments;
import app.safepost.school.DeviceKey;
import app.safepost.testing.ScreenTest;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Photos screen's uploads from a browser that carries an enrolled school iPad's cookie (P3). */
class EnrolledIpadUploadsTest extends ScreenTest {

    @Autowired
    DeviceEnrolments enrolments;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void removePhotosAndEnrolments() {
        MediaFixture.removeAllPhotos(jdbc);
        DeviceEnrolmentFixture.removeEnrolmentsAndTestDevices(jdbc);
    }

    private DeviceKey enrolledByTheOffice(String label) {
        signInAs("office");
        return enrolments.enrol(DeviceEnrolmentFixture.device(jdbc, label));
    }

    /** The browser sends its cookies with the upload's own request. */
    private static void browserCarries(DeviceKey key) {
        ServletRequest request = (VaadinServletRequest) VaadinRequest.getCurrent();
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        ((MockRequest) request).addCookie(DeviceCookie.of(key, false));
    }

    private void upload(String model) {
        test($(Upload.class).single())
                .upload(
                        "IMG_0311.JPG",
                        "image/jpeg",
                        TestPhotos.withMetadata(
                                TestPhotos.jpeg(TestPhotos.detailed(200, 150)), Exif.ipadWithoutSerial(model)));
    }

    private String deviceCheck() {
        return $(Paragraph.class).withClassName("photo-device").single().getText();
    }

    @Test
    void an_ipad_photo_uploaded_from_the_enrolled_class_ipad_passes_the_device_check() {
        var key = enrolledByTheOffice("iPad 02 (Class 3)");
        signInAs("teacher");
        navigate(PhotosView.class);
        browserCarries(key);

        upload("iPad (9th generation)");

        assertThat(deviceCheck())
                .isEqualTo("Taken on a school iPad: uploaded from iPad 02 (Class 3), an enrolled"
                        + " school iPad, and its camera details fit (Apple iPad (9th generation)).");
    }

    @Test
    void the_same_photo_from_a_browser_without_the_cookie_is_flagged_and_says_why() {
        signInAs("teacher");
        navigate(PhotosView.class);

        upload("iPad (9th generation)");

        assertThat(deviceCheck())
                .isEqualTo("Not shown to be from a school iPad: uploaded from a browser that is not an"
                        + " enrolled school iPad (Apple iPad (9th generation)). SLT must approve it with a reason.");
    }

    @Test
    void a_revoked_ipads_upload_is_flagged_and_says_the_enrolment_was_revoked() {
        var key = enrolledByTheOffice("iPad 02 (Class 3)");
        enrolments.revoke(DeviceEnrolmentFixture.device(jdbc, "iPad 02 (Class 3)"));
        signInAs("teacher");
        navigate(PhotosView.class);
        browserCarries(key);

        upload("iPad (9th generation)");

        assertThat(deviceCheck())
                .isEqualTo("Not shown to be from a school iPad: uploaded from a browser whose school"
                        + " iPad enrolment was revoked. SLT must approve it with a reason.");
    }
}
