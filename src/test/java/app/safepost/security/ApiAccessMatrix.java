package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.Multipart;
import app.safepost.media.TestPhotos;
import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.TestSchools;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every API and actuator endpoint × every demo user and anonymous, over real HTTP: allowed users
 * get a success, others 403, anonymous 401 (or 200 where the endpoint is public). Spring's request
 * mappings are checked against the table, so an endpoint without a row fails the build. The same table is
 * checked in each sign-in mode; a subclass says how a user authenticates and where screens send
 * anonymous visitors. The trust's people, who work in several schools, call in Jesse Gray (the
 * {@code Safepost-School} header): the trust leader and data protection officer may read who they are
 * and the accounts (none to draft for), the audit trail and the trust's overview, never draft,
 * decide or read the roster; the teaching
 * assistant of Jesse Gray's Class 2 what a teaching assistant may.
 */
abstract class ApiAccessMatrix {

    /**
     * An endpoint and who may call it; {@code null} users means public. A binary body (a photo upload)
     * is sent as it is. {@code hidden}: users whose role may call it but who may not see this particular
     * record, and get 404 as if it did not exist.
     */
    record Endpoint(
            String method,
            String path,
            Set<String> users,
            String contentType,
            String body,
            byte[] binaryBody,
            Set<String> hidden) {
        Endpoint(String method, String path, Set<String> users, String contentType, String body) {
            this(method, path, users, contentType, body, null, Set.of());
        }

        static Endpoint get(String path, Set<String> users) {
            return new Endpoint("GET", path, users, null, "");
        }

        static Endpoint binary(
                String method, String path, Set<String> users, String contentType, byte[] body, Set<String> hidden) {
            return new Endpoint(method, path, users, contentType, "", body, hidden);
        }
    }

    static final Set<String> EVERYONE = Set.copyOf(DemoUsers.EVERYONE);

    /** Stands for the whole-school account's id in a body; replaced before sending. */
    static final String WHOLE_SCHOOL = "{whole-school-account}";

    /** Stands in a path for a photo the class 3 teacher uploaded; replaced before sending. */
    static final String PHOTO = "{photo}";
    /** Stands in a path for a draft the class 3 teacher submits just before the call; its version in a body. */
    static final String SUBMITTED_DRAFT = "{submitted-draft}";

    static final String SUBMITTED_VERSION = "{submitted-version}";
    /** Stands in a path for a draft the class 3 teacher writes (not submitted) just before the call; its version in a body. */
    static final String WRITTEN_DRAFT = "{written-draft}";

    static final String WRITTEN_VERSION = "{written-version}";
    /** Drafters who may neither see nor change the class 3 teacher's draft: it is as if it did not exist. */
    private static final Set<String> NOT_THE_DRAFTS_READERS =
            Set.of(DemoUsers.COMPUTING, DemoUsers.TEACHER4, DemoUsers.TA, DemoUsers.MUSIC);
    /** Stands in a path for the Trips iPad; {@link #ENROLLED_DEVICE} for it enrolled by the office just before the call. */
    static final String DEVICE = "{device}";

    static final String ENROLLED_DEVICE = "{enrolled-device}";

    private static final Multipart PHOTO_UPLOAD = Multipart.photo(TestPhotos.jpeg(64, 48));

    static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.get("/api/v1/me", EVERYONE),
            Endpoint.get("/api/v1/accounts", EVERYONE),
            Endpoint.get(
                    "/api/v1/pupils",
                    Set.of(
                            DemoUsers.HEAD,
                            DemoUsers.DEPUTY,
                            DemoUsers.COMPUTING,
                            DemoUsers.TEACHER,
                            DemoUsers.TEACHER4,
                            DemoUsers.TA,
                            DemoUsers.OFFICE,
                            DemoUsers.MUSIC)),
            // The demo roster itself: an import that changes nothing when it is allowed.
            new Endpoint("PUT", "/api/v1/pupils", Set.of(DemoUsers.OFFICE), "text/csv", demoRoster()),
            Endpoint.get(
                    "/api/v1/pupils/J820300120086/consents",
                    Set.of(DemoUsers.HEAD, DemoUsers.DEPUTY, DemoUsers.OFFICE)),
            // Everything held about a pupil: SLT and the data protection officer (the head in the demo).
            Endpoint.get("/api/v1/pupils/J820300120086/subject-access", Set.of(DemoUsers.HEAD, DemoUsers.DEPUTY)),
            // Only the DSL (the head teacher in the demo); clearing a flag that is not set changes nothing.
            new Endpoint(
                    "PUT",
                    "/api/v1/pupils/J820300120086/never-publish",
                    Set.of(DemoUsers.HEAD),
                    "application/json",
                    "{\"neverPublish\":false,\"reason\":\"Access matrix: nothing to clear.\"}"),
            // The whole-school account: only SLT (the head included) may post to it.
            new Endpoint(
                    "POST",
                    "/api/v1/compliance/checks",
                    Set.of(DemoUsers.HEAD, DemoUsers.DEPUTY),
                    "application/json",
                    "{\"accountId\":\"" + WHOLE_SCHOOL + "\",\"text\":\"Well done, everyone!\"}"),
            new Endpoint(
                    "POST",
                    "/api/v1/drafts",
                    Set.of(DemoUsers.HEAD, DemoUsers.DEPUTY),
                    "application/json",
                    "{\"accountId\":\"" + WHOLE_SCHOOL + "\",\"text\":\"Well done, everyone!\"}"),
            // The author and SLT read a draft; only the author saves or submits it (SLT get 403).
            new Endpoint(
                    "GET",
                    "/api/v1/drafts/" + WRITTEN_DRAFT,
                    Set.of(DemoUsers.HEAD, DemoUsers.DEPUTY, DemoUsers.TEACHER),
                    null,
                    "",
                    null,
                    NOT_THE_DRAFTS_READERS),
            new Endpoint(
                    "PUT",
                    "/api/v1/drafts/" + WRITTEN_DRAFT,
                    Set.of(DemoUsers.TEACHER),
                    "application/json",
                    "{\"version\":" + WRITTEN_VERSION + ",\"text\":\"Our class assembly was lovely, thank you.\"}",
                    null,
                    NOT_THE_DRAFTS_READERS),
            new Endpoint(
                    "POST",
                    "/api/v1/drafts/" + WRITTEN_DRAFT + "/submit",
                    Set.of(DemoUsers.TEACHER),
                    "application/json",
                    "{\"acknowledgement\":\"Checked with the class teacher.\"}",
                    null,
                    NOT_THE_DRAFTS_READERS),
            // SLT decide on a draft the class 3 teacher submitted (a fresh one for each call); here they send it back.
            new Endpoint(
                    "POST",
                    "/api/v1/drafts/" + SUBMITTED_DRAFT + "/decision",
                    Set.of(DemoUsers.HEAD, DemoUsers.DEPUTY),
                    "application/json",
                    "{\"decision\":\"reject\",\"comment\":\"Add the date.\"," + "\"version\":" + SUBMITTED_VERSION
                            + "}"),
            Endpoint.binary(
                    "POST",
                    "/api/v1/media",
                    Set.of(
                            DemoUsers.HEAD,
                            DemoUsers.DEPUTY,
                            DemoUsers.COMPUTING,
                            DemoUsers.TEACHER,
                            DemoUsers.TEACHER4,
                            DemoUsers.TA,
                            DemoUsers.MUSIC),
                    PHOTO_UPLOAD.contentType(),
                    PHOTO_UPLOAD.body(),
                    Set.of()),
            // The uploader and SLT see a photo; other staff who may attach photos get 404.
            Endpoint.binary(
                    "GET",
                    "/api/v1/media/" + PHOTO + "/content",
                    Set.of(DemoUsers.HEAD, DemoUsers.DEPUTY, DemoUsers.TEACHER),
                    null,
                    new byte[0],
                    Set.of(DemoUsers.COMPUTING, DemoUsers.TEACHER4, DemoUsers.TA, DemoUsers.MUSIC)),
            // The office enrols a school iPad (a new token each time) and revokes an enrolment (P3).
            new Endpoint("POST", "/api/v1/devices/" + DEVICE + "/enrolment", Set.of(DemoUsers.OFFICE), null, ""),
            new Endpoint(
                    "DELETE", "/api/v1/devices/" + ENROLLED_DEVICE + "/enrolment", Set.of(DemoUsers.OFFICE), null, ""),
            // The photo with the faces and text findings its analysis gave: the same people as its content.
            Endpoint.binary(
                    "GET",
                    "/api/v1/media/" + PHOTO,
                    Set.of(DemoUsers.HEAD, DemoUsers.DEPUTY, DemoUsers.TEACHER),
                    null,
                    new byte[0],
                    Set.of(DemoUsers.COMPUTING, DemoUsers.TEACHER4, DemoUsers.TA, DemoUsers.MUSIC)),
            // The school profile's history: {school} is the demo school's id.
            Endpoint.get(
                    "/api/v1/audit/school-profile/{school}",
                    Set.of(DemoUsers.HEAD, DemoUsers.DEPUTY, DemoUsers.GOVERNOR, DemoUsers.TRUST)),
            // SLT's search of the school in hand.
            Endpoint.get("/api/v1/search?q=Kestrels", Set.of(DemoUsers.HEAD, DemoUsers.DEPUTY)),
            // The trust's overview, school by school: the trust's roles only.
            Endpoint.get("/api/v1/trust/schools", Set.of(DemoUsers.TRUST)),
            Endpoint.get("/actuator/health", null),
            Endpoint.get("/actuator/info", Set.of(DemoUsers.HEAD)));

    private static String demoRoster() {
        try (var in = ApiAccessMatrix.class.getResourceAsStream("/demo/pupils.csv")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired
    private JdbcTemplate jdbc;

    /** The path with its placeholders filled in with real records. */
    private String concrete(String path) {
        if (!path.contains("{school}")) {
            return path;
        }
        return path.replace("{school}", TestSchools.jesseGray(jdbc).toString());
    }

    private String wholeSchoolAccount;

    private String photoId;

    /** The endpoint's path with {@link #PHOTO} replaced by a photo the class 3 teacher uploads first. */
    private String path(Endpoint endpoint) {
        if (endpoint.path().contains(DEVICE) || endpoint.path().contains(ENROLLED_DEVICE)) {
            var device = InSchool.jesseGray(
                    jdbc,
                    () -> jdbc.queryForObject(
                            "select id::text from school_device where label = 'iPad 04 (Trips)'", String.class));
            if (endpoint.path().contains(ENROLLED_DEVICE)) {
                var enrolled = api().send(
                                "POST",
                                "/api/v1/devices/" + device + "/enrolment",
                                DemoUsers.OFFICE,
                                null,
                                new byte[0]);
                assertThat(enrolled.statusCode())
                        .as("enrolling the matrix's iPad")
                        .isEqualTo(201);
            }
            return endpoint.path().replace(DEVICE, device).replace(ENROLLED_DEVICE, device);
        }
        if (endpoint.path().contains(SUBMITTED_DRAFT)) {
            return endpoint.path().replace(SUBMITTED_DRAFT, submittedDraft());
        }
        if (endpoint.path().contains(WRITTEN_DRAFT)) {
            return endpoint.path().replace(WRITTEN_DRAFT, writtenDraft());
        }
        if (!endpoint.path().contains(PHOTO)) {
            return concrete(endpoint.path());
        }
        if (photoId == null) {
            var created = api().send(
                            "POST",
                            "/api/v1/media",
                            DemoUsers.TEACHER,
                            PHOTO_UPLOAD.contentType(),
                            PHOTO_UPLOAD.body());
            assertThat(created.statusCode()).as("uploading the matrix's photo").isEqualTo(201);
            photoId = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        }
        return endpoint.path().replace(PHOTO, photoId);
    }

    private byte[] body(Endpoint endpoint) {
        if (endpoint.binaryBody() != null) {
            return endpoint.binaryBody();
        }
        return text(endpoint).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String submittedVersion;

    private String writtenVersion;

    /** A draft for the Kestrels account, written and submitted by the class 3 teacher; its version is kept. */
    private String submittedDraft() {
        var id = writtenDraft();
        var submitted = api().send(
                        "POST",
                        "/api/v1/drafts/" + id + "/submit",
                        DemoUsers.TEACHER,
                        "application/json",
                        "{\"acknowledgement\":\"Checked with the class teacher.\"}"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        submittedVersion = submitted.body().replaceAll(".*\"version\":(\\d+).*", "$1");
        return id;
    }

    /** A draft for the Kestrels account, written by the class 3 teacher and not yet submitted; its version is kept. */
    private String writtenDraft() {
        var accounts = api().get("/api/v1/accounts", DemoUsers.TEACHER).body();
        var matcher = java.util.regex.Pattern.compile("\\{\"id\":\"([^\"]+)\",\"handle\":\"@JGP_Kestrels\"")
                .matcher(accounts);
        assertThat(matcher.find()).as(accounts).isTrue();
        var created = api().send(
                        "POST",
                        "/api/v1/drafts",
                        DemoUsers.TEACHER,
                        "application/json",
                        ("{\"accountId\":\"" + matcher.group(1) + "\",\"text\":\"Our class assembly was lovely.\"}")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        writtenVersion = created.body().replaceAll(".*\"version\":(\\d+).*", "$1");
        return created.body().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
    }

    private String text(Endpoint endpoint) {
        if (endpoint.body().contains(SUBMITTED_VERSION)) {
            return endpoint.body().replace(SUBMITTED_VERSION, submittedVersion);
        }
        if (endpoint.body().contains(WRITTEN_VERSION)) {
            return endpoint.body().replace(WRITTEN_VERSION, writtenVersion);
        }
        if (!endpoint.body().contains(WHOLE_SCHOOL)) {
            return endpoint.body();
        }
        if (wholeSchoolAccount == null) {
            var accounts = api().get("/api/v1/accounts", DemoUsers.HEAD).body();
            var matcher = java.util.regex.Pattern.compile("\\{\"id\":\"([^\"]+)\",\"handle\":\"@JesseGrayPrimary\"")
                    .matcher(accounts);
            assertThat(matcher.find()).as(accounts).isTrue();
            wholeSchoolAccount = matcher.group(1);
        }
        return endpoint.body().replace(WHOLE_SCHOOL, wholeSchoolAccount);
    }

    /** The portal's API, with each user authenticated as this mode does it. */
    abstract Api api();

    /** The API as each demo user calls it in Jesse Gray: the trust's people name it in the header. */
    private Api inJesseGray() {
        var jesseGray = TestSchools.jesseGray(jdbc).toString();
        return api().withSchool(user -> DemoUsers.TRUST_PEOPLE.contains(user) ? jesseGray : null);
    }

    /** Where the screens send someone who has not signed in. */
    abstract String signInPath();

    /** What the 401 answer's {@code WWW-Authenticate} challenge starts with. */
    abstract String challenge();

    /** Not an endpoint: any address under /api/ that nothing serves gets a 404 problem, for everyone. */
    private static final Set<String> NOT_AN_ENDPOINT = Set.of("/api/**");

    @Autowired
    private ApplicationContext spring;

    @Test
    void every_api_endpoint_spring_maps_has_a_row_in_the_matrix_and_every_row_an_endpoint() {
        var parser = PathPatternParser.defaultInstance;
        var mapped = new ArrayList<String>();
        var rowsServed = new HashSet<Endpoint>();
        spring.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()
                .forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> {
                    var methods = info.getMethodsCondition().getMethods().stream()
                            .map(Enum::name)
                            .toList();
                    for (var pattern : info.getPatternValues()) {
                        if (!pattern.startsWith("/api/") || NOT_AN_ENDPOINT.contains(pattern)) {
                            continue;
                        }
                        var parsed = parser.parse(pattern);
                        for (var method : methods) {
                            var rows = ENDPOINTS.stream()
                                    .filter(e -> e.method().equals(method)
                                            && parsed.matches(PathContainer.parsePath(e.path()
                                                    .replaceAll("\\?.*$", "")
                                                    .replaceAll("\\{[^}]+}", "x"))))
                                    .toList();
                            rowsServed.addAll(rows);
                            if (rows.isEmpty()) {
                                mapped.add(method + " " + pattern);
                            }
                        }
                    }
                }));
        var rowsWithoutEndpoint = ENDPOINTS.stream()
                .filter(e -> e.path().startsWith("/api/") && !rowsServed.contains(e))
                .map(e -> e.method() + " " + e.path())
                .toList();

        assertThat(mapped).as("endpoints without a row in the matrix").isEmpty();
        assertThat(rowsWithoutEndpoint).as("rows that match no endpoint").isEmpty();
    }

    @Test
    void each_user_may_call_exactly_the_endpoints_their_roles_allow() {
        var api = inJesseGray();
        var wrong = new ArrayList<String>();
        for (var endpoint : ENDPOINTS) {
            for (var user : DemoUsers.EVERYONE) {
                var status = api.send(endpoint.method(), path(endpoint), user, endpoint.contentType(), body(endpoint))
                        .statusCode();
                boolean allowed = endpoint.users() == null || endpoint.users().contains(user);
                if (endpoint.hidden().contains(user) ? status != 404 : allowed ? status >= 300 : status != 403) {
                    wrong.add(user + " " + endpoint.method() + " " + endpoint.path() + " → " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anonymous_callers_get_401_problems_except_on_public_endpoints() {
        for (var endpoint : ENDPOINTS) {
            var response = api().send(endpoint.method(), path(endpoint), null, endpoint.contentType(), body(endpoint));
            if (endpoint.users() == null) {
                assertThat(response.statusCode()).as(endpoint.path()).isEqualTo(200);
            } else {
                assertThat(response.statusCode()).as(endpoint.path()).isEqualTo(401);
                assertThat(response.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(response.headers().firstValue("WWW-Authenticate"))
                        .hasValueSatisfying(header -> assertThat(header).startsWith(challenge()));
            }
        }
    }

    @Test
    void api_calls_never_start_a_session() {
        var response = api().get("/api/v1/me", DemoUsers.TEACHER);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void me_returns_the_contract_for_the_class_3_teacher() {
        var body = api().get("/api/v1/me", DemoUsers.TEACHER).body();
        var school = TestSchools.jesseGray(jdbc);
        assertThat(body)
                .isEqualTo(
                        "{\"username\":\"teacher\",\"displayName\":\"Tom Hale\",\"roles\":[\"teacher\"],\"classes\":[\"Class 3\"],"
                                + "\"school\":{\"id\":\"" + school + "\",\"name\":\"Jesse Gray Primary School\"},"
                                + "\"schools\":[{\"id\":\"" + school + "\",\"name\":\"Jesse Gray Primary School\","
                                + "\"roles\":[\"teacher\"],\"classes\":[\"Class 3\"]}]}");
    }

    @Test
    void the_parents_consent_page_opens_without_signing_in_and_is_never_cached() {
        for (var path : ScreenAccessMatrix.OPEN_TO_ANONYMOUS) {
            var response = api().get("/" + path.replace(":token", "a-link-that-was-never-sent"), null);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as(path)
                    .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(value -> assertThat(value).contains("frame-ancestors 'none'"));
        }
    }

    @Test
    void screens_send_anonymous_visitors_to_the_sign_in_page() {
        for (var path : ScreenAccessMatrix.routes()) {
            var response = api().get("/" + path, null);
            assertThat(response.statusCode()).as("/" + path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .as("/" + path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith(signInPath()));
        }
    }
}
