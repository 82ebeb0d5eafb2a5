package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.audit.domain.AuditedTypes;
import app.safepost.media.Multipart;
import app.safepost.media.TestPhotos;
import app.safepost.testing.Api;
import app.safepost.testing.SafepostServerTest;
import app.safepost.testing.TestDatabase;
import app.safepost.testing.TestSchools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint of the API, in both directions between the demo trust's schools: a caller of Fenwick
 * Road naming a record of Jesse Gray's (and the reverse) gets exactly the answer an id that does not
 * exist gets, 404 where the id is in the path, and nothing of the other school changes; lists and
 * imports never mix the schools. The endpoints come from Spring's request mappings, so a new endpoint
 * without a case here fails the build. Callers with a role that may call the endpoint are used, so
 * that only the record's school stands between them and it.
 */
@SafepostServerTest
class ApiIsolationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Not about any school's record: an address no endpoint serves is 404 for everyone. */
    private static final Set<String> NOT_ABOUT_A_SCHOOL = Set.of("* /api/**");

    /** A school of the demo trust as its API callers see it. */
    record School(
            String name,
            SchoolId id,
            String slt,
            String office,
            String teacher,
            String classAccount,
            String wholeSchool,
            String roster,
            String device) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Who calls, and whose records they name. */
    record Direction(School caller, School owner) {
        @Override
        public String toString() {
            return caller + " naming " + owner + "'s";
        }
    }

    /** How one endpoint is proven to keep the schools apart: what went wrong, if anything. */
    interface Isolation {
        List<String> wrongs(Direction direction);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditedTypes auditedTypes;

    private School jesseGray;
    private School fenwickRoad;
    private final Map<String, Isolation> cases = new LinkedHashMap<>();
    /** Records each school's users made for these cases, made once: owner's name → what → id. */
    private final Map<String, Map<String, String>> made = new LinkedHashMap<>();

    @BeforeEach
    void schools() {
        jesseGray = new School(
                "Jesse Gray",
                TestSchools.jesseGray(jdbc),
                "head",
                "office",
                "teacher",
                "@JGP_Kestrels",
                "@JesseGrayPrimary",
                "/demo/pupils.csv",
                "iPad 03 (Class 4)");
        fenwickRoad = new School(
                "Fenwick Road",
                TestSchools.fenwickRoad(jdbc),
                "fr-head",
                "fr-office",
                "fr-teacher",
                "@FRP_Badgers",
                "@FenwickRoad",
                "/demo/trust/fenwick-road-pupils.csv",
                "iPad 01 (Office)");
        cases.put("GET /api/v1/me", this::meNamesTheCallersSchoolOnly);
        cases.put("GET /api/v1/accounts", this::accountsAreTheCallersSchoolsOnly);
        cases.put("GET /api/v1/pupils", this::rosterIsTheCallersSchoolsOnly);
        cases.put("PUT /api/v1/pupils", this::importLeavesTheOtherRosterAlone);
        cases.put("GET /api/v1/pupils/{upn}/consents", this::consentsOfAnotherSchoolsPupil);
        cases.put("PUT /api/v1/pupils/{upn}/never-publish", this::neverPublishOnAnotherSchoolsPupil);
        cases.put(
                "GET /api/v1/pupils/{upn}/subject-access",
                d -> sameAsMissing(
                        d,
                        "GET",
                        "/api/v1/pupils/%s/subject-access",
                        d.caller().slt(),
                        null,
                        "",
                        ownersUpn(d),
                        "Z820300199999"));
        cases.put("POST /api/v1/compliance/checks", this::checksForAnotherSchoolsAccountOrPupil);
        cases.put("POST /api/v1/drafts", this::draftForAnotherSchoolsAccountOrPhoto);
        cases.put(
                "GET /api/v1/drafts/{id}",
                d -> draftById(d, "GET", "/api/v1/drafts/%s", d.caller().slt(), ""));
        cases.put(
                "PUT /api/v1/drafts/{id}",
                d -> draftById(
                        d,
                        "PUT",
                        "/api/v1/drafts/%s",
                        d.caller().slt(),
                        "{\"version\":1,\"text\":\"Rewritten in another school.\"}"));
        cases.put(
                "POST /api/v1/drafts/{id}/submit",
                d -> draftById(
                        d,
                        "POST",
                        "/api/v1/drafts/%s/submit",
                        d.caller().teacher(),
                        "{\"acknowledgement\":\"Checked.\"}"));
        cases.put(
                "POST /api/v1/drafts/{id}/decision",
                d -> draftById(
                        d,
                        "POST",
                        "/api/v1/drafts/%s/decision",
                        d.caller().slt(),
                        "{\"decision\":\"approve\",\"version\":1}"));
        cases.put("POST /api/v1/media", this::uploadWithAnotherSchoolsIpad);
        cases.put("GET /api/v1/media/{id}", d -> photoById(d, "/api/v1/media/%s"));
        cases.put("GET /api/v1/media/{id}/content", d -> photoById(d, "/api/v1/media/%s/content"));
        cases.put("POST /api/v1/devices/{id}/enrolment", d -> deviceById(d, "POST"));
        cases.put("DELETE /api/v1/devices/{id}/enrolment", d -> deviceById(d, "DELETE"));
        cases.put("GET /api/v1/audit/{entityType}/{id}", this::historyOfAnotherSchoolsRecords);
        cases.put("GET /api/v1/trust/schools", this::schoolsFiguresAreTheTrustsTeamsOnly);
        cases.put("GET /api/v1/search", this::searchFindsTheCallersSchoolsRecordsOnly);
    }

    @Test
    void every_endpoint_of_the_api_has_an_isolation_case() {
        var endpoints = new TreeSet<String>();
        context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()
                .forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> {
                    var methods = info.getMethodsCondition().getMethods().stream()
                            .map(Enum::name)
                            .toList();
                    for (var path : info.getPatternValues()) {
                        if (path.startsWith("/api/")) {
                            (methods.isEmpty() ? List.of("*") : methods).forEach(m -> endpoints.add(m + " " + path));
                        }
                    }
                }));
        endpoints.removeAll(NOT_ABOUT_A_SCHOOL);

        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(18);
        assertThat(cases.keySet()).containsExactlyInAnyOrderElementsOf(endpoints);
    }

    @TestFactory
    Stream<DynamicTest> another_schools_ids_answer_as_ids_that_do_not_exist_and_lists_never_mix_schools() {
        schools();
        var directions = List.of(new Direction(fenwickRoad, jesseGray), new Direction(jesseGray, fenwickRoad));
        return cases.entrySet().stream()
                .flatMap(entry -> directions.stream()
                        .map(direction -> DynamicTest.dynamicTest(
                                direction + " records: " + entry.getKey(),
                                () -> assertThat(entry.getValue().wrongs(direction))
                                        .isEmpty())));
    }

    // Lists and imports.

    private List<String> meNamesTheCallersSchoolOnly(Direction d) {
        var me = json(api().get("/api/v1/me", d.caller().teacher()).body());
        var wrongs = new ArrayList<String>();
        if (!Map.of("id", d.caller().id().toString(), "name", schoolName(d.caller()))
                .equals(me.get("school"))) {
            wrongs.add("school in hand " + me.get("school"));
        }
        var schools = ((List<?>) me.get("schools"))
                .stream().map(s -> ((Map<?, ?>) s).get("id")).toList();
        if (!schools.equals(List.of(d.caller().id().toString()))) {
            wrongs.add("schools " + schools);
        }
        return wrongs;
    }

    private List<String> accountsAreTheCallersSchoolsOnly(Direction d) {
        var response = api().get("/api/v1/accounts", d.caller().slt());
        var handles = strings(response.body(), "handle");
        return mixed("accounts", handles, column("select handle from social_account where school_id = ?", d.caller()));
    }

    /**
     * Each school drafts a post with the same unusual word: the caller's SLT find their own school's draft
     * and never the other's, whose id and text no answer holds.
     */
    private List<String> searchFindsTheCallersSchoolsRecordsOnly(Direction d) {
        var own = searchableDraft(d.caller());
        var others = searchableDraft(d.owner());
        var response =
                api().get("/api/v1/search?q=quetzalcoatlus&size=50", d.caller().slt());
        var wrongs = new ArrayList<String>();
        if (response.statusCode() != 200) {
            return List.of("GET /api/v1/search as " + d.caller().slt() + " → " + response.statusCode());
        }
        if (!response.body().contains(own)) {
            wrongs.add("the caller's own draft was not found");
        }
        if (response.body().contains(others)
                || response.body().contains(d.owner().name())) {
            wrongs.add("the other school's draft was found");
        }
        return wrongs;
    }

    /** A draft of the school's whole-school account whose text holds the school's name and a rare word. */
    private String searchableDraft(School school) {
        return made(school, "searchable draft", () -> {
            var created = api().send(
                            "POST",
                            "/api/v1/drafts",
                            school.slt(),
                            "application/json",
                            "{\"accountId\":\""
                                    + account(school, school.wholeSchool())
                                    + "\",\"text\":\"Our quetzalcoatlus model at "
                                    + school.name() + ".\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return (String) json(created.body()).get("id");
        });
    }

    /** The figures of every school are the trust's team's: a school's own SLT do not read the other's. */
    private List<String> schoolsFiguresAreTheTrustsTeamsOnly(Direction d) {
        var response = api().get("/api/v1/trust/schools", d.caller().slt());
        return response.statusCode() == 403
                ? List.of()
                : List.of("GET /api/v1/trust/schools as " + d.caller().slt() + " → " + response.statusCode());
    }

    private List<String> rosterIsTheCallersSchoolsOnly(Direction d) {
        var upns = strings(api().get("/api/v1/pupils", d.caller().office()).body(), "upn");
        return mixed("pupils", upns, column("select upn from pupil where school_id = ? and not archived", d.caller()));
    }

    private List<String> importLeavesTheOtherRosterAlone(Direction d) {
        var before = api().get("/api/v1/pupils", d.owner().office()).body();
        var imported = api().send(
                        "PUT",
                        "/api/v1/pupils",
                        d.caller().office(),
                        "text/csv",
                        resource(d.caller().roster()));
        var after = api().get("/api/v1/pupils", d.owner().office()).body();
        var wrongs = new ArrayList<String>();
        if (imported.statusCode() != 200) {
            wrongs.add("importing the caller's own roster → " + imported.statusCode() + " " + imported.body());
        }
        if (!before.equals(after)) {
            wrongs.add("the other school's roster changed");
        }
        return wrongs;
    }

    // Ids in the path.

    private List<String> consentsOfAnotherSchoolsPupil(Direction d) {
        return sameAsMissing(
                d, "GET", "/api/v1/pupils/%s/consents", d.caller().slt(), null, "", ownersUpn(d), "Z820300199999");
    }

    private List<String> neverPublishOnAnotherSchoolsPupil(Direction d) {
        var upn = ownersUpn(d);
        var wrongs = sameAsMissing(
                d,
                "PUT",
                "/api/v1/pupils/%s/never-publish",
                d.caller().slt(),
                "application/json",
                "{\"neverPublish\":true,\"reason\":\"Asked by another school.\"}",
                upn,
                "Z820300199999");
        var owners =
                json(api().get("/api/v1/pupils/" + upn + "/consents", d.owner().slt())
                        .body());
        if (!Boolean.FALSE.equals(owners.get("neverPublish"))) {
            wrongs.add("the owner's pupil is now flagged: " + owners);
        }
        return wrongs;
    }

    private List<String> draftById(Direction d, String method, String path, String caller, String body) {
        var draft = ownersSubmittedDraft(d.owner());
        var before = api().get("/api/v1/drafts/" + draft, d.owner().teacher()).body();
        var wrongs = sameAsMissing(
                d,
                method,
                path,
                caller,
                "application/json",
                body,
                draft,
                UUID.randomUUID().toString());
        var after = api().get("/api/v1/drafts/" + draft, d.owner().teacher()).body();
        if (!after.equals(before) || !"submitted".equals(json(after).get("status"))) {
            wrongs.add("the owner's draft changed: " + after);
        }
        return wrongs;
    }

    private List<String> photoById(Direction d, String path) {
        return sameAsMissing(
                d,
                "GET",
                path,
                d.caller().slt(),
                null,
                "",
                ownersPhoto(d.owner()),
                UUID.randomUUID().toString());
    }

    private List<String> deviceById(Direction d, String method) {
        var device = ownersEnrolledDevice(d.owner());
        var wrongs = sameAsMissing(
                d,
                method,
                "/api/v1/devices/%s/enrolment",
                d.caller().office(),
                null,
                "",
                device.getKey(),
                UUID.randomUUID().toString());
        var photo = upload(d.owner().teacher(), device.getValue());
        if (!Boolean.TRUE.equals(((Map<?, ?>) photo.get("device")).get("enrolled"))) {
            wrongs.add("the owner's iPad is no longer enrolled: " + photo.get("device"));
        }
        return wrongs;
    }

    /** Every kind of audited record that the owner's school has one of. */
    private List<String> historyOfAnotherSchoolsRecords(Direction d) {
        var wrongs = new ArrayList<String>();
        int probed = 0;
        for (var type : auditedTypes.all()) {
            var record = ownersAuditedRecord(type, d.owner());
            if (record == null) {
                continue;
            }
            probed++;
            var missing = type.idType() == UUID.class ? UUID.randomUUID().toString() : "987654321";
            wrongs.addAll(sameAsMissing(
                    d,
                    "GET",
                    "/api/v1/audit/" + type.type().name() + "/%s",
                    d.caller().slt(),
                    null,
                    "",
                    record,
                    missing));
        }
        if (probed < 10) {
            wrongs.add("only " + probed + " kinds of record probed");
        }
        return wrongs;
    }

    // Ids in the body.

    private List<String> checksForAnotherSchoolsAccountOrPupil(Direction d) {
        var wrongs = sameAsMissing(
                d,
                "POST",
                "/api/v1/compliance/checks",
                d.caller().slt(),
                "application/json",
                "{\"accountId\":\"%s\",\"text\":\"Well done, everyone!\"}",
                account(d.owner(), d.owner().wholeSchool()),
                UUID.randomUUID().toString());
        wrongs.addAll(sameAsMissing(
                d,
                "POST",
                "/api/v1/compliance/checks",
                d.caller().slt(),
                "application/json",
                "{\"accountId\":\"" + account(d.caller(), d.caller().wholeSchool()) + "\",\"text\":\"Sports day!\","
                        + "\"pupilsInMedia\":[{\"upn\":\"%s\",\"covered\":false}]}",
                ownersUpn(d),
                "Z820300199999"));
        return wrongs;
    }

    private List<String> draftForAnotherSchoolsAccountOrPhoto(Direction d) {
        var wrongs = sameAsMissing(
                d,
                "POST",
                "/api/v1/drafts",
                d.caller().slt(),
                "application/json",
                "{\"accountId\":\"%s\",\"text\":\"Well done, everyone!\"}",
                account(d.owner(), d.owner().wholeSchool()),
                UUID.randomUUID().toString());
        wrongs.addAll(sameAsMissing(
                d,
                "POST",
                "/api/v1/drafts",
                d.caller().slt(),
                "application/json",
                "{\"accountId\":\"" + account(d.caller(), d.caller().wholeSchool()) + "\",\"text\":\"Sports day!\","
                        + "\"mediaIds\":[\"%s\"],\"altTexts\":[\"The field.\"]}",
                ownersPhoto(d.owner()),
                UUID.randomUUID().toString()));
        return wrongs;
    }

    /** The other school's enrolled iPad's token counts for nothing, as a token never issued. */
    private List<String> uploadWithAnotherSchoolsIpad(Direction d) {
        var token = ownersEnrolledDevice(d.owner()).getValue();
        var withTheirs = upload(d.caller().teacher(), token);
        var withNone = upload(d.caller().teacher(), "never-issued-" + UUID.randomUUID());
        withTheirs.remove("id");
        withNone.remove("id");
        return withTheirs.equals(withNone) ? List.of() : List.of(withTheirs + " but for an unknown token " + withNone);
    }

    // Comparing answers.

    /**
     * The caller's answer for the owner's id and for an id that does not exist, the same but for the
     * id; 404 where the id is in the path. {@code %s} in the path or body stands for the id. (A check
     * naming a pupil no school has still answers its verdict, so one naming another school's must too.)
     */
    private List<String> sameAsMissing(
            Direction d,
            String method,
            String path,
            String caller,
            String contentType,
            String body,
            String ownersId,
            String missingId) {
        var theirs = api().send(method, path.formatted(ownersId), caller, contentType, body.formatted(ownersId));
        var missing = api().send(method, path.formatted(missingId), caller, contentType, body.formatted(missingId));
        var wrongs = new ArrayList<String>();
        var where = method + " " + path.formatted(ownersId) + " as " + caller;
        if (path.contains("%s") && theirs.statusCode() != 404) {
            wrongs.add(where + " → " + theirs.statusCode() + " " + theirs.body());
        }
        if (theirs.statusCode() != missing.statusCode()
                || !theirs.body()
                        .replace(ownersId, "{id}")
                        .equals(missing.body().replace(missingId, "{id}"))) {
            wrongs.add(where + " → " + theirs.statusCode() + " " + theirs.body() + " but for a missing id "
                    + missing.statusCode() + " " + missing.body());
        }
        return wrongs;
    }

    private static List<String> mixed(String what, List<String> listed, Set<String> callersOwn) {
        if (listed.isEmpty()) {
            return List.of("no " + what + " listed");
        }
        var others = listed.stream().filter(v -> !callersOwn.contains(v)).toList();
        return others.isEmpty() ? List.of() : List.of(what + " not of the caller's school: " + others);
    }

    // The owner's records, made by its own users once.

    private String ownersSubmittedDraft(School owner) {
        return made(owner, "draft", () -> {
            var created = api().send(
                            "POST",
                            "/api/v1/drafts",
                            owner.teacher(),
                            "application/json",
                            "{\"accountId\":\"" + account(owner, owner.classAccount())
                                    + "\",\"text\":\"Our class assembly.\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            var id = (String) json(created.body()).get("id");
            var submitted = api().send(
                            "POST",
                            "/api/v1/drafts/" + id + "/submit",
                            owner.teacher(),
                            "application/json",
                            "{\"acknowledgement\":\"Checked with the class teacher.\"}");
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
            return id;
        });
    }

    private String ownersPhoto(School owner) {
        return made(owner, "photo", () -> (String) upload(owner.teacher(), null).get("id"));
    }

    /** The owner's iPad, enrolled by its office: id and device token. */
    private Map.Entry<String, String> ownersEnrolledDevice(School owner) {
        var device = column(
                        "select id::text from school_device where school_id = ? and label = '" + owner.device() + "'",
                        owner)
                .iterator()
                .next();
        var token = made(owner, "device token", () -> {
            var enrolled = api().send("POST", "/api/v1/devices/" + device + "/enrolment", owner.office(), null, "");
            assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
            return (String) json(enrolled.body()).get("deviceToken");
        });
        return Map.entry(device, token);
    }

    private String made(School owner, String what, Supplier<String> make) {
        return made.computeIfAbsent(owner.name(), n -> new LinkedHashMap<>()).computeIfAbsent(what, w -> make.get());
    }

    private Map<String, Object> upload(String user, String deviceToken) {
        var photo = Multipart.photo(TestPhotos.jpeg(64, 48));
        var response = api().send(
                        "POST",
                        "/api/v1/media",
                        user,
                        photo.contentType(),
                        photo.body(),
                        deviceToken == null ? Map.of() : Map.of("Safepost-Device", deviceToken));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response.body());
    }

    private String ownersUpn(Direction d) {
        return column("select upn from pupil where school_id = ? and not archived order by upn limit 1", d.owner())
                .iterator()
                .next();
    }

    private String account(School school, String handle) {
        return column("select id::text from social_account where school_id = ? and handle = '" + handle + "'", school)
                .iterator()
                .next();
    }

    private String schoolName(School school) {
        return TestDatabase.superuserJdbc()
                .queryForObject(
                        "select name from school where id = ?",
                        String.class,
                        school.id().value());
    }

    /** One of the owner's records of this kind with a history, or null if it has none. */
    private String ownersAuditedRecord(AuditedTypes.AuditedType type, School owner) {
        var db = TestDatabase.superuserJdbc();
        if (type.auditTable().equals("school_aud")) {
            return owner.id().toString();
        }
        var bySchool = db.queryForObject(
                        "select count(*) from information_schema.columns where table_name = ?"
                                + " and column_name = 'school_id'",
                        Integer.class,
                        type.auditTable())
                > 0;
        assertThat(bySchool).as(type.auditTable() + " says whose its rows are").isTrue();
        var key = db.queryForList(
                "select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid"
                        + " and a.attnum = any(i.indkey) where i.indrelid = ?::regclass and i.indisprimary"
                        + " and a.attname <> 'school_id'",
                String.class,
                type.auditTable().replaceFirst("_aud$", ""));
        assertThat(key).as(type.auditTable() + "'s key").hasSize(1);
        var ids = db.queryForList(
                "select " + key.getFirst() + "::text from " + type.auditTable() + " where school_id = ? limit 1",
                String.class,
                owner.id().value());
        return ids.isEmpty() ? null : ids.getFirst();
    }

    /** A column's values among one school's rows, read past row-level security for the test's own reference. */
    private static Set<String> column(String sql, School school) {
        return new TreeSet<>(TestDatabase.superuserJdbc()
                .queryForList(sql, String.class, school.id().value()));
    }

    private Api api() {
        return new Api(port);
    }

    private static List<String> strings(String body, String field) {
        var values = new ArrayList<String>();
        var matcher = java.util.regex.Pattern.compile("\"" + field + "\":\"([^\"]+)\"")
                .matcher(body);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        return JSON.readValue(body, Map.class);
    }

    private static String resource(String path) {
        try (var in = ApiIsolationTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
