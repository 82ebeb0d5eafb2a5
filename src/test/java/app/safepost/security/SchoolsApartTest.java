package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.pupils.ConsentDecision;
import app.safepost.pupils.ConsentRegister;
import app.safepost.pupils.ConsentSource;
import app.safepost.pupils.PupilId;
import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SafepostServerTest;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestDatabase;
import app.safepost.testing.TestSchools;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo trust's two schools side by side: each school's checks know its own roster only, a
 * pupil's consent is the pupil's of that school, the teaching assistant who works in both drafts for
 * their class in each and nowhere else, and SLT decide on their own school's posts only.
 */
@SafepostServerTest
class SchoolsApartTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Harper Moss of Jesse Gray's Class 2 and Harper Moss of Fenwick Road's Class 3. */
    private static final String JESSE_GRAYS_HARPER = "J820300121083";

    private static final String FENWICK_ROADS_HARPER = "M820300222073";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @Autowired
    ConsentRegister consents;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /**
     * Zara Okafor is a Fenwick Road pupil. Jesse Gray has a Zara and four Okafors of its own, so its
     * checks warn about the surname, as they would for any of its Okafors, and no more: no full name.
     */
    @Test
    void zara_okafor_of_fenwick_road_blocks_a_post_there_and_is_no_pupil_of_jesse_grays() {
        var text = "Well done Zara Okafor, star of the week!";
        var atFenwickRoad = check("fr-head", "@FenwickRoad", text);
        var atJesseGray = check(DemoUsers.HEAD, "@JesseGrayPrimary", text);
        var withoutTheSurname = check(DemoUsers.HEAD, "@JesseGrayPrimary", "Well done Zara, star of the week!");

        assertThat(atFenwickRoad.get("verdict")).isEqualTo("block");
        assertThat(findings(atFenwickRoad)).contains("P12 block " + text.indexOf("Zara") + "-" + text.indexOf(","));
        assertThat(atJesseGray.get("verdict")).isEqualTo("warn");
        assertThat(findings(atJesseGray))
                .containsExactly("P12 warn " + text.indexOf("Okafor") + "-" + text.indexOf(","));
        assertThat(withoutTheSurname.get("verdict")).isEqualTo("pass");
    }

    @Test
    void withdrawing_jesse_grays_harper_moss_leaves_fenwick_roads_harper_moss_untouched() {
        var fenwickRoad = TestSchools.fenwickRoad(jdbc);
        var jesseGray = TestSchools.jesseGray(jdbc);
        var fenwickDraft = draftShowing("fr-head", fenwickRoad, "@FRP_Foxes", FENWICK_ROADS_HARPER);
        var jesseGrayDraft = draftShowing(DemoUsers.MUSIC, jesseGray, "@JGP_Kingfishers", JESSE_GRAYS_HARPER);
        var fenwicksBefore = consentsOf("fr-office", FENWICK_ROADS_HARPER);
        var fenwicksActionsBefore = actionsOn(fenwickRoad, FENWICK_ROADS_HARPER);
        var jesseGraysHarper = pupilId(jesseGray, JESSE_GRAYS_HARPER);

        SignedIn.as(demoUsers, DemoUsers.OFFICE);
        consents.record(
                jesseGraysHarper,
                new ConsentDecision(
                        null,
                        false,
                        ConsentSource.PARENT_REQUEST,
                        LocalDate.now(),
                        null,
                        "Parents changed their minds."));
        try {
            assertThat(consentsOf(DemoUsers.OFFICE, JESSE_GRAYS_HARPER)
                            .get("purposes")
                            .toString())
                    .contains("consent=no")
                    .doesNotContain("consent=yes");
            assertThat(consentsOf("fr-office", FENWICK_ROADS_HARPER)).isEqualTo(fenwicksBefore);
            assertThat(fenwicksBefore.get("purposes").toString()).doesNotContain("consent=no");
            assertThat(actionsOn(fenwickRoad, FENWICK_ROADS_HARPER)).isEqualTo(fenwicksActionsBefore);
            assertThat(actionsOn(TestSchools.jesseGray(jdbc), JESSE_GRAYS_HARPER))
                    .as("Jesse Gray's own follow-up")
                    .contains(jesseGrayDraft);
            assertThat(fenwickDraft).isNotIn(actionsOn(TestSchools.jesseGray(jdbc), JESSE_GRAYS_HARPER));
        } finally {
            SignedIn.as(demoUsers, DemoUsers.OFFICE);
            consents.record(
                    jesseGraysHarper,
                    new ConsentDecision(
                            null, true, ConsentSource.PARENT_REQUEST, LocalDate.now(), null, "Parents agreed again."));
        }
    }

    @Test
    void the_assistant_in_both_schools_drafts_for_their_class_in_each_and_nowhere_else() {
        var jesseGray = TestSchools.jesseGray(jdbc).toString();
        var fenwickRoad = TestSchools.fenwickRoad(jdbc).toString();
        var kingfishers = account(jesseGray, "@JGP_Kingfishers");
        var otters = account(fenwickRoad, "@FRP_Otters");

        assertThat(handles(DemoUsers.MUSIC, jesseGray)).containsExactly("@JGP_Kingfishers");
        assertThat(handles(DemoUsers.MUSIC, fenwickRoad)).containsExactly("@FRP_Otters");
        assertThat(draft(DemoUsers.MUSIC, jesseGray, kingfishers).statusCode()).isEqualTo(201);
        assertThat(draft(DemoUsers.MUSIC, fenwickRoad, otters).statusCode()).isEqualTo(201);
        // Each school's other accounts are refused; the other school's account is one that does not exist.
        for (var school : List.of(jesseGray, fenwickRoad)) {
            var mine = school.equals(jesseGray) ? kingfishers : otters;
            for (var other : accountsOf(school)) {
                if (!other.equals(mine)) {
                    assertThat(draft(DemoUsers.MUSIC, school, other).statusCode())
                            .as(other)
                            .isEqualTo(403);
                }
            }
        }
        var nowhere = draft(DemoUsers.MUSIC, jesseGray, UUID.randomUUID().toString());
        var otherSchools = draft(DemoUsers.MUSIC, jesseGray, otters);
        assertThat(otherSchools.statusCode()).isEqualTo(nowhere.statusCode()).isNotEqualTo(201);
        assertThat(otherSchools.body().replace(otters, "{id}"))
                .isEqualTo(nowhere.body()
                        .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}"));
        assertThat(draft(DemoUsers.MUSIC, fenwickRoad, kingfishers).statusCode())
                .isEqualTo(nowhere.statusCode());
    }

    @Test
    void slt_of_one_school_cannot_decide_on_the_others_posts_and_their_own_slt_can() {
        var jesseGray = TestSchools.jesseGray(jdbc).toString();
        var fenwickRoad = TestSchools.fenwickRoad(jdbc).toString();
        var atJesseGray = submitted(DemoUsers.MUSIC, jesseGray, account(jesseGray, "@JGP_Kingfishers"));
        var atFenwickRoad = submitted(DemoUsers.MUSIC, fenwickRoad, account(fenwickRoad, "@FRP_Otters"));

        var byFenwicksHead = decide("fr-head", null, atJesseGray);
        var byJesseGraysHead = decide(DemoUsers.HEAD, null, atFenwickRoad);

        assertThat(byFenwicksHead.statusCode()).as(byFenwicksHead.body()).isEqualTo(404);
        assertThat(byJesseGraysHead.statusCode()).as(byJesseGraysHead.body()).isEqualTo(404);
        assertThat(decide(DemoUsers.HEAD, null, atJesseGray).statusCode()).isEqualTo(200);
        assertThat(decide("fr-head", null, atFenwickRoad).statusCode()).isEqualTo(200);
    }

    // Helpers.

    /** Each finding as its clause, severity and the span of the text it marks. */
    private static List<String> findings(Map<String, Object> result) {
        return ((List<?>) result.get("findings"))
                .stream()
                        .map(f -> (Map<?, ?>) f)
                        .map(f -> f.get("clause") + " " + f.get("severity") + " " + f.get("start") + "-" + f.get("end"))
                        .toList();
    }

    private Map<String, Object> check(String user, String handle, String text) {
        var school = user.startsWith("fr-") ? TestSchools.fenwickRoad(jdbc) : TestSchools.jesseGray(jdbc);
        var response = api(null)
                .send(
                        "POST",
                        "/api/v1/compliance/checks",
                        user,
                        "application/json",
                        "{\"accountId\":\"" + account(school.toString(), handle) + "\",\"text\":\"" + text + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    /** A draft whose photo shows the pupil; its id. */
    private String draftShowing(String user, SchoolId school, String handle, String upn) {
        var created = api(school.toString())
                .send(
                        "POST",
                        "/api/v1/drafts",
                        user,
                        "application/json",
                        "{\"accountId\":\"" + account(school.toString(), handle)
                                + "\",\"text\":\"Our reading corner.\"," + "\"pupilsInMedia\":[{\"upn\":\"" + upn
                                + "\",\"covered\":false}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return (String) json(created.body()).get("id");
    }

    private Map<String, Object> consentsOf(String user, String upn) {
        var response = api(null).get("/api/v1/pupils/" + upn + "/consents", user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    /** The drafts and posts the portal listed for SLT's action about the pupil, read past row-level security. */
    private static List<String> actionsOn(SchoolId school, String upn) {
        return TestDatabase.superuserJdbc()
                .queryForList(
                        "select reference::text from consent_action where school_id = ?" + " and upn = ? order by 1",
                        String.class,
                        school.value(),
                        upn);
    }

    private static PupilId pupilId(SchoolId school, String upn) {
        return new PupilId(UUID.fromString(TestDatabase.superuserJdbc()
                .queryForObject(
                        "select id::text from pupil where school_id = ? and upn = ?",
                        String.class,
                        school.value(),
                        upn)));
    }

    private static String account(String school, String handle) {
        return TestDatabase.superuserJdbc()
                .queryForObject(
                        "select id::text from social_account where school_id = ?" + " and handle = ?",
                        String.class,
                        UUID.fromString(school),
                        handle);
    }

    private static List<String> accountsOf(String school) {
        return TestDatabase.superuserJdbc()
                .queryForList(
                        "select id::text from social_account where school_id = ?" + " and active",
                        String.class,
                        UUID.fromString(school));
    }

    private List<Object> handles(String user, String school) {
        var response = api(school).get("/api/v1/accounts", user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readValue(response.body(), List.class).stream()
                .map(a -> ((Map<?, ?>) a).get("handle"))
                .toList();
    }

    private java.net.http.HttpResponse<String> draft(String user, String school, String account) {
        return api(school)
                .send(
                        "POST",
                        "/api/v1/drafts",
                        user,
                        "application/json",
                        "{\"accountId\":\"" + account + "\",\"text\":\"Our class trip to the museum.\"}");
    }

    private String submitted(String user, String school, String account) {
        var created = draft(user, school, account);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var id = (String) json(created.body()).get("id");
        var submitted = api(school)
                .send(
                        "POST",
                        "/api/v1/drafts/" + id + "/submit",
                        user,
                        "application/json",
                        "{\"acknowledgement\":\"Checked with the class teacher.\"}");
        if (submitted.statusCode() != 200) {
            var findings = api(school)
                    .send(
                            "POST",
                            "/api/v1/compliance/checks",
                            user,
                            "application/json",
                            "{\"accountId\":\"" + account + "\",\"text\":\"Our class trip to the museum.\"}");
            assertThat(submitted.statusCode())
                    .as(submitted.body() + " " + findings.body())
                    .isEqualTo(200);
        }
        return id;
    }

    private java.net.http.HttpResponse<String> decide(String user, String school, String draft) {
        var version = TestDatabase.superuserJdbc()
                .queryForObject("select version from draft where id = ?::uuid", Long.class, draft);
        return api(school)
                .send(
                        "POST",
                        "/api/v1/drafts/" + draft + "/decision",
                        user,
                        "application/json",
                        "{\"decision\":\"reject\",\"comment\":\"Add the date.\",\"version\":" + version + "}");
    }

    private Api api(String school) {
        return new Api(port).withSchool(user -> school);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        return JSON.readValue(body, Map.class);
    }
}
