package app.safepost.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.Multipart;
import app.safepost.media.TestPhotos;
import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.HostileInput;
import app.safepost.testing.HostileInput.Payload;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every field of every API endpoint (those of ApiAccessMatrix, and the drafts' read, edit and
 * submit) with each value of the hostile corpus: never a 500, never a stack trace or class name,
 * bad input answered as problem+json, and answers are JSON, never HTML a browser could run.
 */
@HostilePortal
class HostileApiInputTest {

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final List<String> LEAKS = List.of(
            "Exception",
            "\tat ",
            "at app.safepost",
            "org.springframework",
            "org.hibernate",
            "java.lang",
            "org.postgresql",
            "SQL state",
            "<html",
            "<!doctype");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    private String wholeSchool;
    private String class3;
    private final List<String> wrong = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        wholeSchool = account(DemoUsers.HEAD, "@JesseGrayPrimary");
        class3 = firstId(api.get("/api/v1/accounts", DemoUsers.TEACHER).body());
    }

    private String account(String user, String handle) {
        var matcher = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"handle\":\"" + Pattern.quote(handle) + "\"")
                .matcher(api.get("/api/v1/accounts", user).body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String firstId(String body) {
        var matcher = ID.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }

    /** A JSON string literal of any text. */
    static String json(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void judge(String label, HttpResponse<String> response) {
        int status = response.statusCode();
        var type = response.headers().firstValue("Content-Type").orElse("");
        var body = response.body();
        if (status >= 500) {
            wrong.add(label + " → " + status + " " + abbreviate(body));
            return;
        }
        for (var leak : LEAKS) {
            if (body.contains(leak)) {
                wrong.add(label + " leaks \"" + leak + "\": " + abbreviate(body));
            }
        }
        if (status >= 400 && !type.startsWith("application/problem+json")) {
            wrong.add(label + " → " + status + " as \"" + type + "\", not a problem: " + abbreviate(body));
        }
        if (type.contains("html")) {
            wrong.add(label + " answered HTML");
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    @Test
    void the_compliance_check_takes_any_text_id_or_upn_without_failing() {
        for (var p : HostileInput.corpus()) {
            var value = json(p.value());
            post(
                    "checks.text " + p,
                    DemoUsers.HEAD,
                    "/api/v1/compliance/checks",
                    "{\"accountId\":\"" + wholeSchool + "\",\"text\":" + value + "}");
            post(
                    "checks.accountId " + p,
                    DemoUsers.HEAD,
                    "/api/v1/compliance/checks",
                    "{\"accountId\":" + value + ",\"text\":\"Hello\"}");
            post(
                    "checks.pupilsInMedia.upn " + p,
                    DemoUsers.HEAD,
                    "/api/v1/compliance/checks",
                    "{\"accountId\":\"" + wholeSchool + "\",\"text\":\"Hello\",\"pupilsInMedia\":[{\"upn\":" + value
                            + ",\"covered\":false}]}");
            post(
                    "checks.pupilsInMedia.covered " + p,
                    DemoUsers.HEAD,
                    "/api/v1/compliance/checks",
                    "{\"accountId\":\"" + wholeSchool
                            + "\",\"text\":\"Hello\",\"pupilsInMedia\":[{\"upn\":\"X\",\"covered\":" + value + "}]}");
            post("checks raw body " + p, DemoUsers.HEAD, "/api/v1/compliance/checks", p.value());
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void drafts_take_hostile_text_ids_alt_texts_and_versions_without_failing() {
        for (var p : HostileInput.corpus()) {
            var value = json(p.value());
            var created = post(
                    "drafts.text " + p,
                    DemoUsers.TEACHER,
                    "/api/v1/drafts",
                    "{\"accountId\":\"" + class3 + "\",\"text\":" + value + "}");
            if (p.value().length() >= 2_000) {
                continue;
            }
            post(
                    "drafts.accountId " + p,
                    DemoUsers.TEACHER,
                    "/api/v1/drafts",
                    "{\"accountId\":" + value + ",\"text\":\"Hi\"}");
            post(
                    "drafts.mediaIds " + p,
                    DemoUsers.TEACHER,
                    "/api/v1/drafts",
                    "{\"accountId\":\"" + class3 + "\",\"text\":\"Hi\",\"mediaIds\":[" + value + "]}");
            post(
                    "drafts.altTexts " + p,
                    DemoUsers.TEACHER,
                    "/api/v1/drafts",
                    "{\"accountId\":\"" + class3 + "\",\"text\":\"Hi\",\"altTexts\":[" + value + "]}");
            post(
                    "drafts.pupilsInMedia " + p,
                    DemoUsers.TEACHER,
                    "/api/v1/drafts",
                    "{\"accountId\":\"" + class3 + "\",\"text\":\"Hi\",\"pupilsInMedia\":[{\"upn\":" + value
                            + ",\"covered\":true,\"mediaId\":" + value + "}]}");
            if (p.value().length() < 2_000) {
                var path = "/api/v1/drafts/" + segment(p.value());
                judge("GET drafts/{id} " + p, api.get(path, DemoUsers.TEACHER));
                judge(
                        "PUT drafts/{id} " + p,
                        api.send("PUT", path, DemoUsers.TEACHER, "application/json", "{\"version\":1,\"text\":\"x\"}"));
                judge(
                        "submit drafts/{id} " + p,
                        api.send("POST", path + "/submit", DemoUsers.TEACHER, "application/json", "{}"));
            }
            if (created.statusCode() == 201) {
                var id = firstId(created.body());
                judge(
                        "PUT drafts.text " + p,
                        api.send(
                                "PUT",
                                "/api/v1/drafts/" + id,
                                DemoUsers.TEACHER,
                                "application/json",
                                "{\"version\":1,\"text\":" + value + ",\"altTexts\":[" + value + "]}"));
                judge(
                        "PUT drafts.version " + p,
                        api.send(
                                "PUT",
                                "/api/v1/drafts/" + id,
                                DemoUsers.TEACHER,
                                "application/json",
                                "{\"version\":" + value + ",\"text\":\"x\"}"));
                judge(
                        "submit.acknowledgement " + p,
                        api.send(
                                "POST",
                                "/api/v1/drafts/" + id + "/submit",
                                DemoUsers.TEACHER,
                                "application/json",
                                "{\"version\":" + value + ",\"acknowledgement\":" + value + "}"));
                judge("GET drafts/{id} stored " + p, api.get("/api/v1/drafts/" + id, DemoUsers.TEACHER));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_roster_import_refuses_or_stores_hostile_cells_as_plain_text() {
        var header = "upn,first_name,surname,preferred_name,class,image_consent,consent_recorded_on\n";
        var demo = demoRoster();
        int n = 0;
        for (var p : HostileInput.corpus()) {
            var cell = "\"" + p.value().replace("\"", "\"\"") + "\"";
            var upn = String.format("H9999999%05dA", n++);
            // The names of a new pupil: refused (too long, not a name) or kept as they are.
            judge(
                    "roster names " + p,
                    api.send(
                            "PUT",
                            "/api/v1/pupils",
                            DemoUsers.OFFICE,
                            "text/csv",
                            demo + upn + "," + cell + "," + cell + "," + cell + ",Class 3,yes,2025-09-04\n"));
            // Each other column on its own row: the whole file is refused, line by line.
            var rows = "H9999998" + String.format("%05d", n) + "A,Ann,Lee,," + cell + ",yes,2025-09-04\n"
                    + cell + ",Ann,Lee,,Class 3,yes,2025-09-04\n"
                    + "H9999997" + String.format("%05d", n) + "A,Ann,Lee,,Class 3," + cell + ",2025-09-04\n"
                    + "H9999996" + String.format("%05d", n) + "A,Ann,Lee,,Class 3,yes," + cell + "\n";
            var refused = api.send("PUT", "/api/v1/pupils", DemoUsers.OFFICE, "text/csv", demo + rows);
            judge("roster other columns " + p, refused);
            assertThat(refused.statusCode()).as(p.name()).isIn(400, 413);
            judge(
                    "roster header " + p,
                    api.send("PUT", "/api/v1/pupils", DemoUsers.OFFICE, "text/csv", cell + "\n" + rows));
        }
        judge("roster read", api.get("/api/v1/pupils", DemoUsers.OFFICE));
        assertThat(wrong).isEmpty();
        var values = HostileInput.corpus().stream().map(Payload::value).toList();
        assertThat(jdbc.queryForList("select first_name from pupil where upn like 'H9999999%'", String.class))
                .as("hostile names are refused or kept exactly as typed, never half-stored")
                .isSubsetOf(values);
    }

    @Test
    void photo_uploads_with_hostile_file_names_and_types_store_nothing_but_the_image() {
        var jpeg = TestPhotos.jpeg(32, 24);
        for (var p : HostileInput.shortOnes()) {
            var name = p.value().replace("\r", "").replace("\n", "").replace("\"", "'");
            judge("media filename " + p, send(Multipart.file("file", name, "image/jpeg", jpeg)));
            judge("media part type " + p, send(Multipart.file("file", "photo.jpg", name.isBlank() ? "x" : name, jpeg)));
            judge("media part name " + p, send(Multipart.file(name, "photo.jpg", "image/jpeg", jpeg)));
            judge(
                    "media bytes " + p,
                    send(Multipart.file(
                            "file", "photo.jpg", "image/jpeg", p.value().getBytes(StandardCharsets.UTF_8))));
            judge("media content " + p, api.get("/api/v1/media/" + segment(p.value()) + "/content", DemoUsers.TEACHER));
        }
        assertThat(wrong).isEmpty();
        assertThat(jdbc.queryForList("select file_name from photo", String.class))
                .allSatisfy(stored -> assertThat(stored == null ? "" : stored).doesNotContain("/", "\\", "\u0000"));
    }

    @Test
    void device_enrolment_takes_hostile_ids_and_uploads_take_hostile_device_tokens() {
        var jpeg = Multipart.photo(TestPhotos.jpeg(32, 24));
        for (var p : HostileInput.shortOnes()) {
            judge(
                    "enrol " + p,
                    api.send(
                            "POST",
                            "/api/v1/devices/" + segment(p.value()) + "/enrolment",
                            DemoUsers.OFFICE,
                            null,
                            new byte[0]));
            judge(
                    "revoke " + p,
                    api.send(
                            "DELETE",
                            "/api/v1/devices/" + segment(p.value()) + "/enrolment",
                            DemoUsers.OFFICE,
                            null,
                            new byte[0]));
            // What a header may carry at all: printable ASCII.
            var token = p.value().replaceAll("[^\\x20-\\x7E]", "");
            var uploaded = api.send(
                    "POST",
                    "/api/v1/media",
                    DemoUsers.TEACHER,
                    jpeg.contentType(),
                    jpeg.body(),
                    Map.of("Safepost-Device", token.isBlank() ? "x" : token));
            judge("device token " + p, uploaded);
            assertThat(uploaded.statusCode()).as("device token " + p).isEqualTo(201);
        }
        assertThat(wrong).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from device_enrolment", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from photo where device_registered", Long.class))
                .isZero();
    }

    @Test
    void the_audit_api_takes_hostile_record_types_and_ids() {
        for (var p : HostileInput.shortOnes()) {
            judge(
                    "audit type " + p,
                    api.get(
                            "/api/v1/audit/" + segment(p.value()) + "/00000000-0000-4000-8000-000000000000",
                            DemoUsers.HEAD));
            judge("audit id " + p, api.get("/api/v1/audit/school-profile/" + segment(p.value()), DemoUsers.HEAD));
            judge("pupils query " + p, api.get("/api/v1/pupils?class=" + segment(p.value()), DemoUsers.HEAD));
        }
        assertThat(wrong).isEmpty();
    }

    private HttpResponse<String> post(String label, String user, String path, String body) {
        var response = api.send("POST", path, user, "application/json", body);
        judge(label, response);
        return response;
    }

    private HttpResponse<String> send(Multipart multipart) {
        return api.send("POST", "/api/v1/media", DemoUsers.TEACHER, multipart.contentType(), multipart.body());
    }

    private static String demoRoster() {
        try (var in = HostileApiInputTest.class.getResourceAsStream("/demo/pupils.csv")) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
