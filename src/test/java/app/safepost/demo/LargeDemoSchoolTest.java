package app.safepost.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.audit.IntegrityCheck;
import app.safepost.testing.InSchool;
import app.safepost.testing.SeparateDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The large demo school on a database of its own (with 500 past posts instead of 20,000): the school
 * the load harness measures, generated through the services and as sealed history.
 */
@SpringBootTest(properties = {"safepost.demo-school.large=true", "safepost.demo-school.large-past-posts=500"})
@ContextConfiguration(initializers = LargeDemoSchoolTest.Database.class)
class LargeDemoSchoolTest {

    static final class Database extends SeparateDatabase {
        @Override
        protected String name() {
            return "large_school";
        }
    }

    @Autowired
    LargeDemoSchool school;

    @Autowired
    IntegrityCheck integrity;

    @Autowired
    JdbcTemplate jdbc;

    /** A count in Jesse Gray, the school the large school is generated in. */
    private long count(String sql) {
        return InSchool.jesseGray(jdbc, () -> jdbc.queryForObject(sql, Long.class));
    }

    @Test
    void the_large_school_has_its_staff_classes_accounts_pupils_and_past_posts() {
        assertThat(count("select count(*) from staff_member"))
                .as("its 150, and the trust's teaching assistant")
                .isEqualTo(LargeDemoSchool.STAFF + 1);
        assertThat(count("select count(*) from school_class")).isEqualTo(LargeDemoSchool.CLASSES);
        assertThat(count("select count(*) from social_account")).isEqualTo(LargeDemoSchool.CLASSES + 1);
        assertThat(count("select count(*) from pupil where not archived")).isEqualTo(LargeDemoSchool.PUPILS);
        assertThat(count("select count(*) from school_class where class_teacher_id is null"
                        + " and cast(substring(name from 'Class ([0-9]+)') as int) >= " + LargeDemoSchool.FIRST_CLASS))
                .as("every generated class has its teacher")
                .isZero();
        assertThat(count("select count(*) from draft where status = 'PUBLISHED'"))
                .isEqualTo(500);
        assertThat(count("select count(*) from publication where status = 'PUBLISHED'"))
                .isEqualTo(500);
        assertThat(count("select count(*) from review_decision d join draft r on r.id = d.draft_id"
                        + " where d.decided_by = r.author"))
                .as("four eyes")
                .isZero();
        assertThat(count("select count(*) from draft d join social_account a on a.id = d.account_id"
                        + " join school_class c on c.id = a.class_id join staff_member s on s.username = d.author"
                        + " where c.class_teacher_id is distinct from s.id and s.roles not like '%slt%' and not exists"
                        + " (select 1 from school_class_assistant x where x.class_id = c.id and x.staff_id = s.id)"))
                .as("class posts by the class's own staff or SLT (P1, P4)")
                .isZero();
        assertThat(count("select count(*) from audit_entry where audit_table = 'draft_aud'"))
                .isEqualTo(500);
    }

    @Test
    void the_past_posts_history_joins_the_sealed_revision_chain_intact() {
        var report = InSchool.jesseGray(jdbc, integrity::checkChain);

        assertThat(report.intact()).as(String.valueOf(report.problem())).isTrue();
        assertThat(count("select count(*) from revision_info r where not exists"
                        + " (select 1 from revision_chain c where c.rev = r.id)"))
                .isZero();
    }

    @Test
    void starting_again_adds_nothing() throws Exception {
        long revisions = count("select count(*) from revision_info");

        school.run(null);

        assertThat(count("select count(*) from revision_info")).isEqualTo(revisions);
        assertThat(count("select count(*) from draft")).isEqualTo(500);
    }
}
