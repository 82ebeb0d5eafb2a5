package app.safepost.media.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.CoverStyle;
import app.safepost.media.MediaFixture;
import app.safepost.media.TestPhotos;
import app.safepost.media.TestPhotos.Exif;
import app.safepost.school.DeviceCookie;
import app.safepost.school.DeviceEnrolmentFixture;
import app.safepost.testing.Chromium;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser: a teacher uploads an iPad photo with its location in it, and covers a face; the
 * office enrols the browser of a school iPad and the teacher's photo from it passes the device check.
 */
@SafepostServerTest
class PhotoJourneyTest {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void removePhotos() {
        MediaFixture.removeAllPhotos(jdbc);
        DeviceEnrolmentFixture.removeEnrolmentsAndTestDevices(jdbc);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void a_teacher_uploads_a_photo_with_gps_the_stored_one_has_none_and_a_face_is_covered() throws Exception {
        var file = Path.of("target", "tmp", "IMG_4021.JPG");
        Files.createDirectories(file.getParent());
        Files.write(
                file,
                TestPhotos.withMetadata(TestPhotos.jpeg(TestPhotos.detailed(400, 300)), Exif.ipad("DMPX1002JGP2")));
        assertThat(JpegMetadataReader.readMetadata(file.toFile()).containsDirectoryOfType(GpsDirectory.class))
                .isTrue();
        Page page = chromium.newPage();
        Chromium.signIn(page, base(), DemoUsers.TEACHER);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Photos"))
                .click();
        page.waitForURL(base() + "/photos");
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);

        assertThat(page.locator(".photo-device"))
                .hasText("Taken on a registered school device (Apple iPad (10th generation), serial DMPX1002JGP2).");
        assertThat(page.locator(".photo-preview")).isVisible();
        var stored =
                InSchool.jesseGray(jdbc, () -> jdbc.queryForObject("select bytes from media_content", byte[].class));
        var metadata = JpegMetadataReader.readMetadata(new ByteArrayInputStream(stored));
        assertThat(metadata.containsDirectoryOfType(GpsDirectory.class)).isFalse();
        assertThat(metadata.containsDirectoryOfType(ExifIFD0Directory.class)).isFalse();
        assertThat(Chromium.seriousAccessibilityViolations(page)).as("photos").isEmpty();

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Cover faces in the photo")
                                .setExact(false))
                .click();
        var image = page.locator("#cover-canvas img");
        assertThat(image).isVisible();
        page.waitForFunction("() => document.querySelector('#cover-canvas img').naturalWidth > 0");
        // The dialog opens with an animation; measure the image only once it has settled.
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
        var box = image.boundingBox();
        page.mouse().move(box.x + box.width * 0.25, box.y + box.height * 0.25);
        page.mouse().down();
        page.mouse()
                .move(
                        box.x + box.width * 0.5,
                        box.y + box.height * 0.6,
                        new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        assertThat(page.locator(".cover-row")).hasCount(1);
        assertThat(page.locator(".cover-outline")).hasCount(1);
        assertThat(page.locator(".cover-outline")).isVisible();
        var outline = page.locator(".cover-outline").boundingBox();
        assertThat(outline.width).isBetween(box.width * 0.2, box.width * 0.3);
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("cover editor")
                .isEmpty();
        Chromium.screenshot(page, "cover-editor");
        page.locator("#save-covers").click();

        assertThat(page.locator(".photo-covers")).hasText("1 cover burned in when published.");
        var covers = InSchool.jesseGray(jdbc, () -> jdbc.queryForObject("select covers from photo", String.class));
        assertThat(covers).contains(CoverStyle.PIXELATE.name());
        var parts = covers.split(",");
        assertThat(Integer.parseInt(parts[0])).isBetween(85, 115);
        assertThat(Integer.parseInt(parts[2])).isBetween(85, 115);
    }

    @Test
    void the_office_enrols_a_class_ipads_browser_and_the_teachers_photo_from_it_passes_the_device_check()
            throws Exception {
        var file = Path.of("target", "tmp", "IMG_5120.JPG");
        Files.createDirectories(file.getParent());
        Files.write(
                file,
                TestPhotos.withMetadata(
                        TestPhotos.jpeg(TestPhotos.detailed(400, 300)),
                        Exif.ipadWithoutSerial("iPad (9th generation)")));
        Page page = chromium.newPage();
        Chromium.signIn(page, base(), DemoUsers.OFFICE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("School iPads"))
                .click();
        page.waitForURL(base() + "/devices");
        assertThat(page.locator("#this-browser")).hasText("This browser is not enrolled as a school iPad.");

        var answer = enrol(page, "iPad 02 (Class 3)");

        assertThat(page.locator("#this-browser")).hasText("This browser is enrolled as iPad 02 (Class 3).");
        assertThat(answer.headerValue("set-cookie"))
                .contains("HttpOnly", "SameSite=Strict")
                .doesNotContain("Secure");
        var cookie = deviceCookie(page.context());
        assertThat(cookie.httpOnly).isTrue();
        assertThat(cookie.sameSite).isEqualTo(SameSiteAttribute.STRICT);
        assertThat(cookie.secure).as("plain HTTP on loopback").isFalse();
        assertThat(Instant.ofEpochSecond(cookie.expires.longValue()))
                .isAfter(Instant.now().plus(Duration.ofDays(399)));
        assertThat(InSchool.jesseGray(
                        jdbc,
                        () -> jdbc.queryForObject(
                                "select key_sha256 from device_enrolment where ended_at is null", String.class)))
                .isEqualTo(DeviceEnrolmentFixture.sha256(cookie.value));
        assertThat(page.evaluate("() => document.cookie"))
                .as("scripts cannot read it")
                .asString()
                .doesNotContain(DeviceCookie.NAME);

        // The office signs out (the session ends); the iPad's browser keeps its device cookie.
        page.context().clearCookies(new BrowserContext.ClearCookiesOptions().setName("JSESSIONID"));
        Chromium.signIn(page, base(), DemoUsers.TEACHER);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Photos"))
                .click();
        page.waitForURL(base() + "/photos");
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);

        assertThat(page.locator(".photo-device"))
                .hasText("Taken on a school iPad: uploaded from iPad 02 (Class 3),"
                        + " an enrolled school iPad, and its camera details fit (Apple iPad (9th generation)).");
        assertThat(InSchool.jesseGray(jdbc, () -> jdbc.queryForObject("select device_id from photo", UUID.class)))
                .isEqualTo(
                        DeviceEnrolmentFixture.device(jdbc, "iPad 02 (Class 3)").value());
    }

    @Test
    void behind_a_tls_proxy_the_device_cookie_is_sent_over_tls_only() {
        Page page = chromium.newPage();
        Chromium.signIn(page, base(), DemoUsers.OFFICE);
        page.navigate(base() + "/devices");
        // The reverse proxy that ends TLS says so; the portal believes it from a trusted internal address.
        page.setExtraHTTPHeaders(Map.of("X-Forwarded-Proto", "https"));

        var answer = enrol(page, "iPad 04 (Trips)");

        assertThat(answer.headerValue("set-cookie"))
                .contains(DeviceCookie.NAME + "=", "Secure", "HttpOnly", "SameSite=Strict");
    }

    /** Enrols this browser from the register's row of the iPad; the answer that set the cookie. */
    private static Response enrol(Page page, String label) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enrol this browser as " + label))
                .click();
        var confirm = page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Enrol this iPad").setExact(true));
        assertThat(confirm).isVisible();
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("enrolment dialog")
                .isEmpty();
        return page.waitForResponse(
                r -> r.allHeaders().getOrDefault("set-cookie", "").contains(DeviceCookie.NAME), confirm::click);
    }

    private static Cookie deviceCookie(BrowserContext context) {
        return context.cookies().stream()
                .filter(c -> c.name.equals(DeviceCookie.NAME))
                .findFirst()
                .orElseThrow();
    }
}
