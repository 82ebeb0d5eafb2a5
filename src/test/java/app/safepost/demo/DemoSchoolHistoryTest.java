package app.safepost.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.safepost.moderation.Incidents;
import app.safepost.policies.PolicyLibrary;
import app.safepost.policies.PolicyReviews;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SeparateDatabase;
import app.safepost.testing.SignedIn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;

/** The demo school's term of history, on a database of its own: what a newcomer finds on first sign-in. */
@SpringBootTest(properties = "safepost.demo-school.history=true")
@ContextConfiguration(initializers = DemoSchoolHistoryTest.Database.class)
class DemoSchoolHistoryTest {

    static final class Database extends SeparateDatabase {
        @Override
        protected String name() {
            return "demo_history";
        }
    }

    /** The tables the history writes to, and the audit revisions. */
    private static final List<String> TABLES = List.of(
            "draft",
            "draft_photo",
            "publication",
            "photo",
            "incident",
            "incident_step",
            "follower",
            "follower_decision",
            "follow_exception",
            "policy_review",
            "review_comment",
            "revision_info");

    @Autowired
    DemoSchoolHistory history;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService demoUsers;

    @Autowired
    Incidents incidents;

    @Autowired
    PolicyLibrary policies;

    @Autowired
    PolicyReviews reviews;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private long count(String sql) {
        return InSchool.jesseGray(jdbc, () -> jdbc.queryForObject(sql, Long.class));
    }

    private long drafts(String status) {
        return count("select count(*) from draft where status = '" + status + "'");
    }

    @Test
    void the_first_start_loads_each_kind_of_record_of_a_term() {
        await().atMost(Duration.ofSeconds(60)).until(() -> drafts("PUBLISHED") == 2);

        assertThat(count("select count(*) from draft d join draft_photo p on p.draft_id = d.id"
                        + " where d.status = 'PUBLISHED'"))
                .as("published posts with photos")
                .isEqualTo(2);
        assertThat(count("select count(*) from photo where covers not in ('', '[]')"))
                .as("a photo with a cover")
                .isEqualTo(1);
        assertThat(drafts("SCHEDULED")).as("a scheduled post").isEqualTo(1);
        assertThat(drafts("SUBMITTED")).as("a draft waiting for review").isEqualTo(1);
        assertThat(count("select count(*) from draft where status = 'REJECTED' and review_comment is not null"))
                .as("a draft sent back with SLT's comment")
                .isEqualTo(1);
        assertThat(count("select count(*) from incident where status = 'IN_HAND'"))
                .as("an incident being handled")
                .isEqualTo(1);
        assertThat(count("select count(*) from follower")).isEqualTo(3);
        assertThat(count("select count(*) from follower where status = 'BLOCKED'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from follow_exception where status = 'REQUESTED'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from policy_review where status = 'OPEN'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from review_comment where author = 'governor'"))
                .as("the governor's comment on the open review")
                .isEqualTo(1);
    }

    @Test
    void loading_again_adds_nothing() {
        await().atMost(Duration.ofSeconds(60)).until(() -> drafts("PUBLISHED") == 2);
        var before = TABLES.stream()
                .map(table -> count("select count(*) from " + table))
                .toList();

        assertThat(history.load()).as("loaded again").isFalse();

        assertThat(TABLES.stream()
                        .map(table -> count("select count(*) from " + table))
                        .toList())
                .as(String.join(", ", TABLES))
                .isEqualTo(before);
    }

    @Test
    void a_governor_sees_the_history_with_pupils_names_masked() {
        SignedIn.as(demoUsers, DemoUsers.GOVERNOR);

        var incident = incidents.visible();
        var review = reviews.openReviewOf(policies.policyTitled(DemoSchoolLoader.POLICY_TITLE)
                .orElseThrow()
                .id());

        assertThat(incident).hasSize(1);
        assertThat(incident.getFirst().whatHappened())
                .contains("offensive language")
                .doesNotContain(DemoSchoolHistory.PUPIL_IN_INCIDENT)
                .doesNotContain("Amelia");
        assertThat(review)
                .hasValueSatisfying(open -> assertThat(open.comments())
                        .extracting(comment -> comment.authorName())
                        .hasSize(1));
    }
}
