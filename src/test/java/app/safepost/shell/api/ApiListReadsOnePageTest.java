package app.safepost.shell.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.PostingRights;
import app.safepost.audit.domain.PortalRevision;
import app.safepost.common.ApiPage;
import app.safepost.pupils.PupilDetails;
import app.safepost.pupils.PupilRecord;
import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.domain.Pupil;
import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostServerTest;
import app.safepost.testing.SignedIn;
import app.safepost.trust.TrustOverview;
import jakarta.persistence.EntityManagerFactory;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page of a list the API answers is read from the database as one page: in a school grown by
 * {@value #EXTRA_PUPILS} pupils, a page of {@value #PAGE} loads {@value #PAGE} records, not the school.
 * What Hibernate loaded is counted by its statistics, switched on for the test only.
 */
@SafepostServerTest
class ApiListReadsOnePageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int EXTRA_PUPILS = 600;
    private static final int PAGE = 7;
    private static final String UPN_PREFIX = "Z98";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PupilRoster roster;

    @Autowired
    UserDetailsService demoUsers;

    @Autowired
    PostingRights rights;

    @Autowired
    TrustOverview overview;

    private Statistics statistics;

    @BeforeEach
    void aSchoolOfManyPupils() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        InSchool.jesseGray(jdbc, () -> {
            var teachersClass = jdbc.queryForObject("""
                    select c.id from school_class c join staff_member s on s.id = c.class_teacher_id
                    where s.username = ? order by c.name limit 1""", UUID.class, DemoUsers.TEACHER);
            jdbc.update("""
                    insert into pupil (id, version, upn, first_name, surname, class_id, archived)
                    select gen_random_uuid(), 0, ? || lpad(n::text, 10, '0'), 'Pupil', 'Number ' || n, ?, false
                    from generate_series(1, ?) n""", UPN_PREFIX, teachersClass, EXTRA_PUPILS);
        });
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void backToTheDemoSchool() {
        statistics.setStatisticsEnabled(false);
        statistics.clear();
        InSchool.jesseGray(jdbc, () -> {
            jdbc.update("delete from pupil where upn like ?", UPN_PREFIX + "%");
        });
    }

    @Test
    void a_page_of_pupils_for_the_office_loads_that_page_of_pupils_only() {
        long onRoll = InSchool.jesseGray(
                jdbc, () -> jdbc.queryForObject("select count(*) from pupil where not archived", Long.class));

        var page = pupilsLoadedBy(DemoUsers.OFFICE, "/api/v1/pupils?page=3&size=" + PAGE);

        assertThat(page.count()).isEqualTo(PAGE);
        assertThat(page.loaded()).as("pupils loaded for one page").isEqualTo(PAGE);
        assertThat(page.total()).isEqualTo(Long.toString(onRoll)).isGreaterThan(Integer.toString(EXTRA_PUPILS));
    }

    @Test
    void a_page_of_a_teachers_own_pupils_loads_that_page_of_their_classes_pupils_only() {
        var page = pupilsLoadedBy(DemoUsers.TEACHER, "/api/v1/pupils?page=2&size=" + PAGE);

        assertThat(page.count()).isEqualTo(PAGE);
        assertThat(page.loaded()).as("pupils loaded for one page").isEqualTo(PAGE);
        assertThat(Long.parseLong(page.total())).isGreaterThanOrEqualTo(EXTRA_PUPILS);
    }

    @Test
    void the_pages_of_the_pupils_in_turn_are_the_roster_in_its_order_for_office_and_teacher() {
        SignedIn.as(demoUsers, DemoUsers.OFFICE);
        var records = roster.records(false).stream().map(PupilRecord::upn).toList();
        assertThat(pageByPage("/api/v1/pupils", DemoUsers.OFFICE, "upn", 100)).containsExactlyElementsOf(records);

        SignedIn.as(demoUsers, DemoUsers.TEACHER);
        var classPupils =
                roster.classPupils().stream().map(p -> p.id().toString()).toList();
        assertThat(pageByPage("/api/v1/pupils", DemoUsers.TEACHER, "id", 100)).containsExactlyElementsOf(classPupils);
        SignedIn.nobody();
    }

    @Test
    void the_accounts_page_by_page_are_the_accounts_each_person_may_draft_for_in_order() {
        for (var user : DemoUsers.ALL) {
            SignedIn.as(demoUsers, user);
            var mayDraftFor = rights.accountsOfSignedInStaff().stream()
                    .map(right -> right.account().id().toString())
                    .toList();
            assertThat(pageByPage("/api/v1/accounts", user, "id", 1)).as(user).containsExactlyElementsOf(mayDraftFor);
        }
        SignedIn.nobody();
    }

    @Test
    void the_trusts_schools_page_by_page_are_every_school_in_order() {
        SignedIn.as(demoUsers, DemoUsers.TRUST);
        var schools = overview.schools().stream()
                .map(figures -> figures.school().toString())
                .toList();
        SignedIn.nobody();
        assertThat(schools).hasSizeGreaterThan(1);
        assertThat(pageByPage("/api/v1/trust/schools", DemoUsers.TRUST, "id", 1))
                .containsExactlyElementsOf(schools);
    }

    /** Every item of a list, a page of {@code size} at a time. */
    private List<String> pageByPage(String path, String user, String field, int size) {
        var all = new ArrayList<String>();
        for (int page = 0; ; page++) {
            var answer = JSON.readTree(new Api(port)
                    .get(path + "?size=" + size + "&page=" + page, user)
                    .body());
            if (answer.isEmpty()) {
                return all;
            }
            answer.forEach(item -> all.add(item.get(field).asString()));
        }
    }

    @Test
    void a_page_of_a_records_history_reads_that_page_of_revisions_and_the_one_before_it() {
        SignedIn.as(demoUsers, DemoUsers.OFFICE);
        var pupil = roster.records(false).getLast();
        try {
            for (int i = 1; i <= 11; i++) {
                renamed(pupil, "Known " + i);
            }
            var path = "/api/v1/audit/pupil/" + pupil.id() + "?page=4&size=2";
            long read = revisionsReadFor(path);
            for (int i = 12; i <= 40; i++) {
                renamed(pupil, "Known " + i);
            }
            assertThat(revisionsReadFor(path))
                    .as("revisions read for the same page of a history 29 revisions longer")
                    .isEqualTo(read);
            // The page's two, the one before them, and at most the latest two of the pupil's class,
            // which name the class in words.
            assertThat(read).isBetween(3L, 5L);
            var answer = new Api(port).get(path, DemoUsers.DEPUTY);
            var page = JSON.readTree(answer.body());
            assertThat(page.size()).isEqualTo(2);
            assertThat(Long.parseLong(
                            answer.headers().firstValue(ApiPage.TOTAL_COUNT).orElseThrow()))
                    .isGreaterThanOrEqualTo(41);
            assertThat(page.get(0)
                            .get("changes")
                            .get("preferredName")
                            .get("from")
                            .asString())
                    .as("the first revision of the page says what it changed from")
                    .startsWith("Known");
        } finally {
            renamed(pupil, pupil.preferredName());
            SignedIn.nobody();
        }
    }

    private long revisionsReadFor(String path) {
        statistics.clear();
        assertThat(new Api(port).get(path, DemoUsers.DEPUTY).statusCode()).isEqualTo(200);
        return statistics.getEntityStatistics(PortalRevision.class.getName()).getLoadCount();
    }

    private void renamed(PupilRecord pupil, @Nullable String preferredName) {
        var now = roster.record(pupil.id()).orElseThrow();
        roster.update(
                pupil.id(),
                new PupilDetails(now.upn(), now.firstName(), now.surname(), preferredName, now.classId()),
                now.version());
    }

    record Loaded(int count, long loaded, String total) {}

    private Loaded pupilsLoadedBy(String user, String path) {
        statistics.clear();
        HttpResponse<String> answer = new Api(port).get(path, user);
        assertThat(answer.statusCode()).isEqualTo(200);
        long loaded = statistics.getEntityStatistics(Pupil.class.getName()).getLoadCount();
        return new Loaded(
                JSON.readTree(answer.body()).size(),
                loaded,
                answer.headers().firstValue(ApiPage.TOTAL_COUNT).orElseThrow());
    }
}
