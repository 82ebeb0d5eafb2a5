package app.safepost.media.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.MediaFixture;
import app.safepost.media.Multipart;
import app.safepost.media.TestPhotos;
import app.safepost.media.TestPhotos.Exif;
import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SafepostServerTest;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/media} over real HTTP, as API.md states it. */
@SafepostServerTest
class MediaApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void removePhotos() {
        MediaFixture.removeAllPhotos(jdbc);
    }

    private HttpResponse<String> upload(String user, Multipart form) {
        return new Api(port).send("POST", "/api/v1/media", user, form.contentType(), form.body());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.readValue(response.body(), Map.class);
    }

    @Test
    void a_teacher_uploads_an_ipad_photo_and_gets_it_back_without_its_location() throws Exception {
        var photo = TestPhotos.withMetadata(TestPhotos.jpeg(TestPhotos.quadrants(160, 120)), Exif.ipad("DMPX1002JGP2"));

        var created = upload(DemoUsers.TEACHER, Multipart.photo(photo));

        assertThat(created.statusCode()).isEqualTo(201);
        var body = json(created);
        assertThat(body)
                .containsOnlyKeys(
                        "id",
                        "contentType",
                        "width",
                        "height",
                        "sizeBytes",
                        "device",
                        "faces",
                        "textFindings",
                        "analysis",
                        "analysisFailed");
        assertThat(body)
                .containsEntry("analysis", "pending")
                .containsEntry("faces", List.of())
                .containsEntry("textFindings", List.of());
        assertThat(body)
                .containsEntry("contentType", "image/jpeg")
                .containsEntry("width", 160)
                .containsEntry("height", 120);
        assertThat(body.get("device"))
                .isEqualTo(Map.of(
                        "make",
                        "Apple",
                        "model",
                        "iPad (10th generation)",
                        "serial",
                        "DMPX1002JGP2",
                        "registered",
                        true,
                        "enrolled",
                        false,
                        "label",
                        "iPad 02 (Class 3)",
                        "check",
                        "serial"));
        var content = new Api(port).getBytes("/api/v1/media/" + body.get("id") + "/content", DemoUsers.TEACHER);
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(content.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat((long) content.body().length).isEqualTo(((Number) body.get("sizeBytes")).longValue());
        var metadata = JpegMetadataReader.readMetadata(new ByteArrayInputStream(content.body()));
        assertThat(metadata.containsDirectoryOfType(GpsDirectory.class)).isFalse();
        assertThat(metadata.containsDirectoryOfType(ExifIFD0Directory.class)).isFalse();
    }

    @Test
    void an_ipad_heic_is_taken_in_as_a_jpeg_from_a_registered_device() {
        var created =
                upload(DemoUsers.TEACHER, Multipart.file("file", "IMG_0042.HEIC", "image/heic", TestPhotos.heic()));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created))
                .containsEntry("contentType", "image/jpeg")
                .containsEntry("width", 64)
                .containsEntry("height", 48)
                .containsEntry(
                        "device",
                        Map.of(
                                "make",
                                "Apple",
                                "model",
                                "iPad (10th generation)",
                                "serial",
                                "DMPX1002JGP2",
                                "registered",
                                true,
                                "enrolled",
                                false,
                                "label",
                                "iPad 02 (Class 3)",
                                "check",
                                "serial"));
    }

    @Test
    void a_photo_without_camera_details_has_a_null_device() {
        var created = upload(
                DemoUsers.DEPUTY,
                Multipart.file("file", "chart.png", "image/png", TestPhotos.png(TestPhotos.quadrants(30, 20))));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created)).containsEntry("contentType", "image/png").containsEntry("device", null);
    }

    @Test
    void another_teacher_gets_404_and_slt_see_the_photo() {
        var id = json(upload(DemoUsers.TEACHER, Multipart.photo(TestPhotos.jpeg(40, 30))))
                .get("id");
        var path = "/api/v1/media/" + id + "/content";
        var api = new Api(port);

        var other = api.get(path, DemoUsers.TEACHER4);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.get(path, DemoUsers.TA).statusCode()).isEqualTo(404);
        assertThat(api.getBytes(path, DemoUsers.DEPUTY).statusCode()).isEqualTo(200);
        assertThat(api.getBytes(path, DemoUsers.HEAD).statusCode()).isEqualTo(200);
        assertThat(api.get(path, DemoUsers.OFFICE).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/media/not-an-id/content", DemoUsers.TEACHER).statusCode())
                .isEqualTo(404);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("zero bytes", (Supplier<byte[]>) () -> new byte[0], 422),
                Arguments.of(
                        "a truncated JPEG",
                        (Supplier<byte[]>) () -> TestPhotos.truncate(TestPhotos.jpeg(200, 100), 700),
                        422),
                Arguments.of("HTML renamed .jpg", (Supplier<byte[]>) TestPhotos::html, 415),
                Arguments.of("an SVG", (Supplier<byte[]>) TestPhotos::svg, 415),
                Arguments.of(
                        "a PNG declaring huge dimensions",
                        (Supplier<byte[]>) () -> TestPhotos.pngDeclaring(60_000, 60_000),
                        422),
                Arguments.of("a JPEG/ZIP polyglot", (Supplier<byte[]>) TestPhotos::jpegZipPolyglot, 422),
                Arguments.of("a 26 MiB file", (Supplier<byte[]>) () -> TestPhotos.jpegOfSize(26 * 1024 * 1024), 413),
                Arguments.of("a GIF", (Supplier<byte[]>) TestPhotos::gif, 415),
                Arguments.of("a PDF", (Supplier<byte[]>) TestPhotos::pdf, 415),
                Arguments.of(
                        "malformed EXIF",
                        (Supplier<byte[]>) () -> TestPhotos.withMalformedExif(TestPhotos.jpeg(40, 30)),
                        422),
                Arguments.of("a HEIC that is only its opening box", (Supplier<byte[]>) TestPhotos::heicHeader, 422),
                Arguments.of(
                        "a HEIC declaring huge dimensions",
                        (Supplier<byte[]>) () -> TestPhotos.heicDeclaring(60_000, 60_000),
                        422));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("badFiles")
    void bad_files_get_a_problem_and_nothing_is_stored(String name, Supplier<byte[]> file, int status) {
        var response = upload(DemoUsers.TEACHER, Multipart.photo(file.get()));

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = json(response);
        assertThat(problem).containsKeys("type", "title", "status", "detail");
        assertThat(problem.get("detail")).asString().isNotBlank().doesNotContain("Exception");
        assertThat(MediaFixture.photos(jdbc)).isZero();
        assertThat(MediaFixture.storedImages(jdbc)).isZero();
    }

    @Test
    void a_request_without_a_file_part_or_not_multipart_is_a_4xx_problem() {
        var noFile = upload(DemoUsers.TEACHER, Multipart.file("photo", "a.jpg", "image/jpeg", TestPhotos.jpeg(8, 8)));
        assertThat(noFile.statusCode()).isEqualTo(400);
        var raw = new Api(port).send("POST", "/api/v1/media", DemoUsers.TEACHER, "image/jpeg", TestPhotos.jpeg(8, 8));
        assertThat(raw.statusCode()).isEqualTo(415);
        assertThat(raw.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
