package app.safepost.school.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.MediaFixture;
import app.safepost.media.Multipart;
import app.safepost.media.TestPhotos;
import app.safepost.media.TestPhotos.Exif;
import app.safepost.school.DeviceEnrolmentFixture;
import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST}/{@code DELETE /api/v1/devices/{id}/enrolment} and the {@code Safepost-Device} header on
 * {@code POST /api/v1/media}, over real HTTP (P3).
 */
@SafepostServerTest
class DeviceEnrolmentApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private String classThreeIpad;

    @BeforeEach
    @AfterEach
    void removePhotosAndEnrolments() {
        MediaFixture.removeAllPhotos(jdbc);
        DeviceEnrolmentFixture.removeEnrolmentsAndTestDevices(jdbc);
        classThreeIpad =
                DeviceEnrolmentFixture.device(jdbc, "iPad 02 (Class 3)").toString();
    }

    private Api api() {
        return new Api(port);
    }

    private HttpResponse<String> enrol(String user, String device) {
        return api().send("POST", "/api/v1/devices/" + device + "/enrolment", user, null, new byte[0]);
    }

    private HttpResponse<String> revoke(String user, String device) {
        return api().send("DELETE", "/api/v1/devices/" + device + "/enrolment", user, null, new byte[0]);
    }

    private String token(HttpResponse<String> enrolled) {
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        return (String) json(enrolled).get("deviceToken");
    }

    /** What a real iPad writes (make and model, no serial), uploaded with or without a device token. */
    private HttpResponse<String> uploadIpadPhoto(String user, Map<String, String> headers) {
        var form = Multipart.photo(TestPhotos.withMetadata(
                TestPhotos.jpeg(TestPhotos.detailed(240, 180)), Exif.ipadWithoutSerial("iPad (9th generation)")));
        return api().send("POST", "/api/v1/media", user, form.contentType(), form.body(), headers);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.readValue(response.body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> device(HttpResponse<String> uploaded) {
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return (Map<String, Object>) json(uploaded).get("device");
    }

    @Test
    void the_office_enrols_an_ipad_and_gets_its_token_once_kept_by_no_cache_and_only_hashed_by_the_portal() {
        var enrolled = enrol(DemoUsers.OFFICE, classThreeIpad);

        var token = token(enrolled);
        assertThat(json(enrolled)).containsOnlyKeys("deviceToken");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(enrolled.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(enrolled.headers().firstValue("Location"))
                .hasValue("/api/v1/devices/" + classThreeIpad + "/enrolment");
        assertThat(InSchool.jesseGray(
                        jdbc, () -> jdbc.queryForObject("select key_sha256 from device_enrolment", String.class)))
                .isEqualTo(DeviceEnrolmentFixture.sha256(token));
        assertThat(DeviceEnrolmentFixture.everythingKept(jdbc)).doesNotContain(token);
    }

    @Test
    void a_photo_sent_with_the_enrolled_ipads_token_passes_the_device_check_and_names_the_ipad() {
        var token = token(enrol(DemoUsers.OFFICE, classThreeIpad));

        var device = device(uploadIpadPhoto(DemoUsers.TEACHER, Map.of("Safepost-Device", token)));

        assertThat(device)
                .containsOnlyKeys("make", "model", "serial", "registered", "enrolled", "label", "check")
                .containsEntry("make", "Apple")
                .containsEntry("model", "iPad (9th generation)")
                .containsEntry("serial", null)
                .containsEntry("registered", true)
                .containsEntry("enrolled", true)
                .containsEntry("label", "iPad 02 (Class 3)")
                .containsEntry("check", "enrolled-ipad")
                .doesNotContainValue(token);
    }

    @Test
    void a_bad_unknown_or_revoked_token_does_not_stop_the_upload_but_the_photo_is_flagged_and_says_why() {
        var token = token(enrol(DemoUsers.OFFICE, classThreeIpad));
        assertThat(revoke(DemoUsers.OFFICE, classThreeIpad).statusCode()).isEqualTo(204);

        assertThat(device(uploadIpadPhoto(DemoUsers.TEACHER, Map.of("Safepost-Device", token))))
                .containsEntry("registered", false)
                .containsEntry("enrolled", false)
                .containsEntry("label", null)
                .containsEntry("check", "enrolment-revoked");
        assertThat(device(uploadIpadPhoto(DemoUsers.TEACHER, Map.of("Safepost-Device", "not-a-token"))))
                .containsEntry("registered", false)
                .containsEntry("check", "unknown-key");
        assertThat(device(uploadIpadPhoto(DemoUsers.TEACHER, Map.of())))
                .containsEntry("registered", false)
                .containsEntry("enrolled", false)
                .containsEntry("check", "not-enrolled");
        assertThat(MediaFixture.photos(jdbc)).isEqualTo(3);
        assertThat(InSchool.jesseGray(
                        jdbc,
                        () -> jdbc.queryForList(
                                "select reason from device_key_refusal order by presented_at", String.class)))
                .containsExactly("REVOKED", "UNKNOWN_KEY");
    }

    @Test
    void re_enrolling_replaces_the_token_and_a_retired_ipads_token_stops_working() {
        var first = token(enrol(DemoUsers.OFFICE, classThreeIpad));
        var second = token(enrol(DemoUsers.OFFICE, classThreeIpad));

        assertThat(device(uploadIpadPhoto(DemoUsers.TEACHER, Map.of("Safepost-Device", first))))
                .containsEntry("check", "enrolment-replaced");
        assertThat(device(uploadIpadPhoto(DemoUsers.TEACHER, Map.of("Safepost-Device", second))))
                .containsEntry("check", "enrolled-ipad");

        // Out of service while its enrolment is still current (retiring on the register also ends it): the key
        // stops counting either way.
        InSchool.jesseGray(
                jdbc,
                () -> jdbc.update("update school_device set in_service = false where id = ?::uuid", classThreeIpad));
        try {
            assertThat(device(uploadIpadPhoto(DemoUsers.TEACHER, Map.of("Safepost-Device", second))))
                    .containsEntry("registered", false)
                    .containsEntry("check", "device-retired");
            var refused = enrol(DemoUsers.OFFICE, classThreeIpad);
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(json(refused))
                    .containsEntry("type", "/problems/device-retired")
                    .containsEntry(
                            "detail",
                            "iPad 02 (Class 3) is retired. Return it to service on the register"
                                    + " before enrolling it.");
        } finally {
            InSchool.jesseGray(
                    jdbc,
                    () -> jdbc.update("update school_device set in_service = true where id = ?::uuid", classThreeIpad));
        }
    }

    @Test
    void an_unknown_device_or_no_enrolment_to_revoke_is_a_404_problem_and_changes_nothing() {
        for (var response : new HttpResponse[] {
            enrol(DemoUsers.OFFICE, UUID.randomUUID().toString()),
            enrol(DemoUsers.OFFICE, "iPad-02"),
            revoke(DemoUsers.OFFICE, classThreeIpad)
        }) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(json(revoke(DemoUsers.OFFICE, classThreeIpad)))
                .containsEntry("type", "/problems/not-enrolled")
                .containsEntry("detail", "iPad 02 (Class 3) has no enrolment to revoke.");
        assertThat(InSchool.jesseGray(
                        jdbc, () -> jdbc.queryForObject("select count(*) from device_enrolment", Long.class)))
                .isZero();
    }

    @Test
    void only_the_office_enrols_and_revokes() {
        token(enrol(DemoUsers.OFFICE, classThreeIpad));
        for (var user : DemoUsers.ALL) {
            if (!user.equals(DemoUsers.OFFICE)) {
                assertThat(enrol(user, classThreeIpad).statusCode()).as(user).isEqualTo(403);
                assertThat(revoke(user, classThreeIpad).statusCode()).as(user).isEqualTo(403);
            }
        }
        assertThat(InSchool.jesseGray(
                        jdbc, () -> jdbc.queryForObject("select count(*) from device_enrolment", Long.class)))
                .isOne();
        assertThat(InSchool.jesseGray(
                        jdbc,
                        () -> jdbc.queryForObject(
                                "select count(*) from device_enrolment where ended_at is null", Long.class)))
                .isOne();
    }
}
