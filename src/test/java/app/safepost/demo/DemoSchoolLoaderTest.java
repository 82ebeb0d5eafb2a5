package app.safepost.demo;

import app.safepost.testing.SafepostTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SafepostTest
class DemoSchoolLoaderTest {

    @Autowired
    DemoSchoolLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void the_first_start_loaded_the_whole_demo_school() {
        assertThat(jdbc.queryForList("select urn || ' ' || name from school order by urn", String.class))
                .as("the demo trust's schools").containsExactly("990001 Jesse Gray Primary School",
                        "990002 Fenwick Road Primary School");
        assertThat(count("staff_member")).as("Jesse Gray's eight and the trust's teaching assistant").isEqualTo(9);
        assertThat(count("school_class")).isEqualTo(7);
        assertThat(count("social_account")).isEqualTo(8);
        assertThat(count("school_device")).isEqualTo(4);
        assertThat(count("pupil")).isEqualTo(196);
        assertThat(jdbc.queryForObject("select count(*) from policy_document where title = ?", Long.class,
                DemoSchoolLoader.POLICY_TITLE)).isEqualTo(1);
        assertThat(jdbc.queryForList("select title from policy where title in (?, ?) order by title", String.class,
                DemoSchoolLoader.LINKED_POLICIES.toArray())).containsExactly("Behaviour Policy",
                "Online-Safety and Acceptable Use of ICT Policy");
        assertThat(jdbc.queryForObject("select whole_school_handle from school where urn = '990001'", String.class))
                .isEqualTo("@JesseGrayPrimary");
        assertThat(jdbc.queryForList("""
                select s.username from school_class_assistant a join school_class c on c.id = a.class_id
                join staff_member s on s.id = a.staff_id where c.name = 'Class 2'""", String.class))
                .as("the trust's teaching assistant in Jesse Gray's Class 2").containsExactly("music");
        assertThat(jdbc.queryForObject("""
                select s.username from school_class c join staff_member s on s.id = c.class_teacher_id
                where c.name = 'Class 3'""", String.class)).isEqualTo("teacher");
        assertThat(jdbc.queryForList("""
                select s.username from school_class_assistant a join school_class c on c.id = a.class_id
                join staff_member s on s.id = a.staff_id where c.name in ('Class 3', 'Class 4')""", String.class))
                .containsExactly("ta", "ta");
    }

    @Test
    void loading_again_adds_nothing_and_writes_no_revision() {
        var revisionsBefore = count("revision_info");
        var pupilsBefore = count("pupil");

        var added = loader.load();

        assertThat(added).isZero();
        assertThat(count("revision_info")).isEqualTo(revisionsBefore);
        assertThat(count("pupil")).isEqualTo(pupilsBefore);
    }

    @Test
    void the_demo_data_was_recorded_as_the_portals_own_work() {
        assertThat(jdbc.queryForList("""
                select distinct r.username from pupil_aud a join revision_info r on r.id = a.rev
                where a.revtype = 0""", String.class)).containsExactly("system");
    }

    @Test
    void the_school_policy_is_stored_as_version_1_due_for_review_in_january_2024() {
        var row = jdbc.queryForMap("select version_number, adopted_on, review_due, body from policy_document"
                + " where title = ? and version_number = 1", DemoSchoolLoader.POLICY_TITLE);
        assertThat(row.get("version_number")).isEqualTo(1);
        assertThat(row.get("review_due").toString()).isEqualTo("2024-01-01");
        assertThat((String) row.get("body")).contains("Jesse Gray Primary School - Twitter Policy");
    }
}
