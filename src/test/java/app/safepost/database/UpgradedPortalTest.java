package app.safepost.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.safepost.audit.IntegrityCheck;
import app.safepost.drafting.DraftStatus;
import app.safepost.drafting.DraftSummary;
import app.safepost.drafting.Drafts;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.ReleaseDatabase;
import app.safepost.testing.SecurityContextPerTestContext;
import app.safepost.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The portal started on a database release 82dc429 made, which it upgrades as it starts (Flyway as the
 * schema's owner, then its own role granted its rights): the demo school's people find what they wrote
 * before the upgrade through the portal's services, and its integrity check finds the chain intact.
 */
@SpringBootTest
@ContextConfiguration(initializers = UpgradedPortalTest.Database.class)
@TestExecutionListeners(
        listeners = SecurityContextPerTestContext.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class UpgradedPortalTest {

    static final class Database extends ReleaseDatabase {
        @Override
        protected String name() {
            return "upgraded_portal";
        }
    }

    @Autowired
    Drafts drafts;

    @Autowired
    IntegrityCheck integrity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void the_teacher_finds_the_drafts_written_before_the_upgrade_in_my_drafts() {
        SignedIn.as(demoUsers, DemoUsers.TEACHER);

        var mine = drafts.mine();

        assertThat(mine)
                .extracting(DraftSummary::opening, DraftSummary::status, DraftSummary::accountHandle)
                .containsExactlyInAnyOrder(
                        tuple("Reading corner", DraftStatus.SUBMITTED, "@JGP_Kestrels"),
                        tuple(
                                "Class 3 built a volcano in science today #JGPScience",
                                DraftStatus.PUBLISHED,
                                "@JGP_Kestrels"),
                        tuple("Our trip to the museum", DraftStatus.REJECTED, "@JGP_Kestrels"),
                        tuple("Well done A.K. for a great week", DraftStatus.DRAFT, "@JGP_Kestrels"));
        var submitted = mine.stream()
                .filter(d -> d.status() == DraftStatus.SUBMITTED)
                .findFirst()
                .orElseThrow();
        assertThat(drafts.find(submitted.id()))
                .hasValueSatisfying(draft -> assertThat(draft.content().photos())
                        .as("the photo from the school iPad")
                        .hasSize(1));
    }

    @Test
    void slt_find_the_upgraded_revision_chain_intact_through_the_integrity_check() {
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);

        var report = integrity.checkChain();

        assertThat(report.intact()).as(report.inWords()).isTrue();
        assertThat(report.linksChecked())
                .as("the release's 15 revisions, the consent move and what came after")
                .isGreaterThanOrEqualTo(16);
    }
}
