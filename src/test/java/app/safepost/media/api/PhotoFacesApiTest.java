package app.safepost.media.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.safepost.media.ClassPhotos;
import app.safepost.media.MediaFixture;
import app.safepost.media.Multipart;
import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Faces and text found in a photo through the API: {@code POST /api/v1/media} answers at once with the
 * analysis pending, {@code GET /api/v1/media/{id}} gives the faces and text findings once it is done, and
 * the compliance check takes who each face is.
 */
@SafepostServerTest
class PhotoFacesApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AMELIA_KHAN = "J820300120086";
    private static final String EZRA_NO_CONSENT = "J820300120087";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void removePhotos() {
        MediaFixture.removeAllPhotos(jdbc);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> uploadAndWait(String user, byte[] jpeg) {
        var api = new Api(port);
        var form = Multipart.photo(jpeg);
        var created = JSON.readValue(
                api.send("POST", "/api/v1/media", user, form.contentType(), form.body())
                        .body(),
                Map.class);
        assertThat(created).containsEntry("analysis", "pending");
        var path = "/api/v1/media/" + created.get("id");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !JSON.readValue(api.get(path, user).body(), Map.class)
                        .get("analysis")
                        .equals("pending"));
        return JSON.readValue(api.get(path, user).body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> check(String user, String body) {
        var response = new Api(port).send("POST", "/api/v1/compliance/checks", user, "application/json", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readValue(response.body(), Map.class);
    }

    private String kestrels() {
        return InSchool.jesseGray(
                jdbc,
                () -> jdbc.queryForObject(
                        "select id::text from social_account where handle = '@JGP_Kestrels'", String.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_faces_come_once_the_analysis_is_done_and_a_face_nobody_accounted_for_blocks_the_check() {
        var photo = uploadAndWait(DemoUsers.TEACHER, ClassPhotos.groupOfThree().jpeg());

        assertThat(photo)
                .containsEntry("analysis", "done")
                .containsEntry("analysisFailed", false)
                .containsEntry("textFindings", List.of());
        var faces = (List<Map<String, Object>>) photo.get("faces");
        assertThat(faces)
                .hasSize(3)
                .allSatisfy(face -> assertThat(face).containsOnlyKeys("id", "x", "y", "width", "height"));
        assertThat(faces).extracting(f -> f.get("id")).containsExactly("f1", "f2", "f3");

        var partly = check(DemoUsers.TEACHER, """
                {"accountId": "%s", "text": "Sports day!", "photos": [{"mediaId": "%s",
                 "faces": {"f1": "%s", "f2": "adult"}, "facesChecked": true}]}""".formatted(kestrels(), photo.get("id"), AMELIA_KHAN));
        assertThat(partly).containsEntry("verdict", "block");
        assertThat((List<Map<String, Object>>) partly.get("findings"))
                .singleElement()
                .satisfies(f -> assertThat((String) f.get("message"))
                        .contains("photo 1")
                        .contains("face 3"));

        var everyone = check(DemoUsers.TEACHER, """
                {"accountId": "%s", "text": "Sports day!", "photos": [{"mediaId": "%s",
                 "faces": {"f1": "%s", "f2": "adult", "f3": "not-a-face"}, "facesChecked": true}]}""".formatted(kestrels(), photo.get("id"), AMELIA_KHAN));
        assertThat(everyone).containsEntry("verdict", "pass");

        var withoutConsent = check(DemoUsers.TEACHER, """
                {"accountId": "%s", "text": "Sports day!", "photos": [{"mediaId": "%s",
                 "faces": {"f1": "%s", "f2": "adult", "f3": "not-a-face"}, "facesChecked": true}]}""".formatted(kestrels(), photo.get("id"), EZRA_NO_CONSENT));
        assertThat(withoutConsent).containsEntry("verdict", "block");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_name_read_in_a_photo_is_a_text_finding_with_its_region_never_the_text() {
        var photo = uploadAndWait(DemoUsers.DEPUTY, ClassPhotos.certificate("Amelia Khan"));

        var findings = (List<Map<String, Object>>) photo.get("textFindings");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f).containsOnlyKeys("clause", "severity", "message", "x", "y", "width", "height");
            assertThat(f).containsEntry("clause", "P12").containsEntry("severity", "block");
            assertThat((Integer) f.get("width")).isPositive();
        });
        assertThat(JSON.writeValueAsString(photo)).doesNotContain("Khan").doesNotContain("Amelia");
    }

    @Test
    void a_face_assignment_that_is_not_a_face_id_or_a_upn_is_refused_with_the_field_named() {
        var response = new Api(port)
                .send("POST", "/api/v1/compliance/checks", DemoUsers.TEACHER, "application/json", """
                {"accountId": "%s", "text": "Hello", "photos": [{"mediaId": "%s", "faces": {"f1": "Amelia"}}]}""".formatted(
                                kestrels(), java.util.UUID.randomUUID()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("adult");
    }
}
