package app.safepost.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.security.SchoolId;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestDatabase;
import app.safepost.testing.TestSchools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo trust as the first start loads it: each school's own data, read with that school in hand. */
@SafepostTest
class DemoSchoolLoaderTest {

    @Autowired
    DemoSchoolLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private SchoolId jesseGray() {
        return TestSchools.jesseGray(jdbc);
    }

    private SchoolId fenwickRoad() {
        return TestSchools.fenwickRoad(jdbc);
    }

    /** The UPNs of the demo roster's file: other tests enrol and archive pupils of their own. */
    private static List<String> demoUpns() {
        try {
            var lines = new ClassPathResource("demo/pupils.csv")
                    .getContentAsString(StandardCharsets.UTF_8)
                    .lines();
            return lines.skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.substring(0, line.indexOf(',')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long demoPupils() {
        return jdbc.queryForObject("select count(*) from pupil where upn = any(?)", Long.class, (Object)
                demoUpns().toArray(String[]::new));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void the_first_start_loaded_the_whole_demo_school() {
        assertThat(jdbc.queryForList("select urn || ' ' || name from school order by urn", String.class))
                .as("the demo trust's schools")
                .containsExactly("990001 Jesse Gray Primary School", "990002 Fenwick Road Primary School");
        SignedIn.systemIn(jesseGray());
        assertThat(count("staff_member"))
                .as("Jesse Gray's eight and the trust's teaching assistant")
                .isEqualTo(9);
        assertThat(count("school_class")).isEqualTo(7);
        assertThat(count("social_account")).isEqualTo(8);
        assertThat(count("school_device")).isEqualTo(4);
        assertThat(demoPupils()).isEqualTo(196);
        assertThat(jdbc.queryForObject(
                        "select count(*) from policy_document where title = ?",
                        Long.class,
                        DemoSchoolLoader.POLICY_TITLE))
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select title from policy where title in (?, ?) order by title",
                        String.class,
                        DemoSchoolLoader.LINKED_POLICIES.toArray()))
                .containsExactly("Behaviour Policy", "Online-Safety and Acceptable Use of ICT Policy");
        assertThat(jdbc.queryForObject("select whole_school_handle from school where urn = '990001'", String.class))
                .isEqualTo("@JesseGrayPrimary");
        assertThat(jdbc.queryForList("""
                select s.username from school_class_assistant a join school_class c on c.id = a.class_id
                join staff_member s on s.id = a.staff_id where c.name = 'Class 2'""", String.class))
                .as("the trust's teaching assistant in Jesse Gray's Class 2")
                .containsExactly("music");
        assertThat(jdbc.queryForObject("""
                select s.username from school_class c join staff_member s on s.id = c.class_teacher_id
                where c.name = 'Class 3'""", String.class)).isEqualTo("teacher");
        assertThat(jdbc.queryForList("""
                select s.username from school_class_assistant a join school_class c on c.id = a.class_id
                join staff_member s on s.id = a.staff_id where c.name in ('Class 3', 'Class 4')""", String.class)).containsExactly("ta", "ta");
    }

    @Test
    void fenwick_road_has_its_own_roster_classes_accounts_devices_staff_and_policy() {
        SignedIn.systemIn(fenwickRoad());
        assertThat(jdbc.queryForList("select username from staff_member order by username", String.class))
                .as("Fenwick Road's four and the trust's teaching assistant")
                .containsExactly("fr-governor", "fr-head", "fr-office", "fr-teacher", "music");
        assertThat(jdbc.queryForList("select name from school_class order by name", String.class))
                .containsExactly("Class 1", "Class 2", "Class 3", "Reception");
        assertThat(jdbc.queryForList("select handle || ' ' || kind from social_account order by handle", String.class))
                .containsExactly(
                        "@FRP_Badgers CLASS",
                        "@FRP_Foxes CLASS",
                        "@FRP_Hedgehogs CLASS",
                        "@FRP_Otters CLASS",
                        "@FenwickRoad WHOLE_SCHOOL");
        assertThat(jdbc.queryForList("select serial from school_device order by serial", String.class))
                .containsExactly("GFRP2001FR01", "GFRP2002FR02");
        assertThat(count("pupil")).isEqualTo(96);
        assertThat(jdbc.queryForList("select code from consent_purpose order by position", String.class))
                .as("what every school starts with")
                .containsExactly("class-social", "school-social");
        assertThat(jdbc.queryForList("""
                select s.username from school_class_assistant a join school_class c on c.id = a.class_id
                join staff_member s on s.id = a.staff_id where c.name = 'Class 1'""", String.class))
                .as("the trust's teaching assistant in Fenwick Road's Class 1")
                .containsExactly("music");
        assertThat(jdbc.queryForObject("""
                select s.username from school_class c join staff_member s on s.id = c.class_teacher_id
                where c.name = 'Class 2'""", String.class)).isEqualTo("fr-teacher");
        var policy = jdbc.queryForObject(
                "select body from policy_document where title = ? and version_number = 1",
                String.class,
                DemoSchoolLoader.POLICY_TITLE);
        assertThat(policy)
                .contains("Fenwick Road Primary School - Twitter Policy")
                .doesNotContain("Jesse Gray");
    }

    @Test
    void loading_again_adds_nothing_and_writes_no_revision() {
        var superuser = TestDatabase.superuserJdbc();
        var revisionsBefore = superuser.queryForObject("select count(*) from revision_info", Long.class);
        var pupilsBefore = superuser.queryForObject("select count(*) from pupil", Long.class);

        var added = loader.load();

        assertThat(added).isZero();
        assertThat(superuser.queryForObject("select count(*) from revision_info", Long.class))
                .isEqualTo(revisionsBefore);
        assertThat(superuser.queryForObject("select count(*) from pupil", Long.class))
                .isEqualTo(pupilsBefore);
    }

    @Test
    void the_demo_data_was_recorded_as_the_portals_own_work_in_each_school() {
        for (var school : new SchoolId[] {jesseGray(), fenwickRoad()}) {
            SignedIn.systemIn(school);
            assertThat(jdbc.queryForList("""
                    select distinct r.username from pupil_aud a join revision_info r on r.id = a.rev
                    where a.revtype = 0""", String.class)).containsExactly("system");
            assertThat(jdbc.queryForObject("""
                    select r.school_id from revision_chain c join revision_info r on r.id = c.rev
                    where c.position = 1""", UUID.class))
                    .as("the school's creation opens its chain")
                    .isEqualTo(school.value());
        }
    }

    @Test
    void the_school_policy_is_stored_as_version_1_due_for_review_in_january_2024() {
        SignedIn.systemIn(jesseGray());
        var row = jdbc.queryForMap(
                "select version_number, adopted_on, review_due, body from policy_document"
                        + " where title = ? and version_number = 1",
                DemoSchoolLoader.POLICY_TITLE);
        assertThat(row.get("version_number")).isEqualTo(1);
        assertThat(row.get("review_due").toString()).isEqualTo("2024-01-01");
        assertThat((String) row.get("body")).contains("Jesse Gray Primary School - Twitter Policy");
    }
}
