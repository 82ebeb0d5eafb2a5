package app.safepost.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.safepost.accounts.SocialAccounts;
import app.safepost.audit.IntegrityCheck;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.Drafts;
import app.safepost.moderation.IncidentCategory;
import app.safepost.moderation.IncidentReport;
import app.safepost.moderation.Incidents;
import app.safepost.pupils.ConsentExpiries;
import app.safepost.pupils.ConsentRegister;
import app.safepost.security.SchoolId;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestSchools;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The trust's overview counts each school's own records, read with that school in hand: what is seeded
 * in Fenwick Road shows on Fenwick Road's row and nowhere else.
 */
@TrustPortal
class TrustOverviewTest {

    @Autowired
    TrustOverview overview;

    @Autowired
    Incidents incidents;

    @Autowired
    Drafts drafts;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    IntegrityCheck integrity;

    @Autowired
    ConsentRegister consents;

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
    void each_school_shows_its_own_drafts_waiting_incidents_reviews_consents_and_integrity_check() {
        var fenwickRoad = TestSchools.fenwickRoad(jdbc);
        var jesseGray = TestSchools.jesseGray(jdbc);
        var before = figures(fenwickRoad);
        var jesseGrayBefore = figures(jesseGray);

        SignedIn.systemIn(fenwickRoad);
        var account = accounts.accountWithHandle("@FenwickRoad").orElseThrow().id();
        incidents.report(new IncidentReport(
                account,
                IncidentCategory.OFFENSIVE_LANGUAGE,
                "A rude reply under the" + " harvest post.",
                null,
                null,
                true));
        incidents.report(new IncidentReport(account, IncidentCategory.OTHER, "A spam reply.", null, null, false));
        var draft = drafts.create(account, DraftContent.text("Harvest festival was wonderful."));
        var submitted = drafts.submit(draft.id(), draft.version(), null);
        SignedIn.systemIn(jesseGray);
        integrity.checkChain();
        SignedIn.nobody();

        var after = figures(fenwickRoad);
        assertThat(after.incidentsOpen()).isEqualTo(before.incidentsOpen() + 2);
        assertThat(after.incidentsSerious()).isEqualTo(before.incidentsSerious() + 1);
        assertThat(after.draftsWaiting()).isEqualTo(before.draftsWaiting() + 1);
        // The trust's own database holds no other draft waiting in Fenwick Road; PostgreSQL rounds to microseconds.
        assertThat(after.oldestWaitingSince()).isCloseTo(submitted.submittedAt(), within(1, ChronoUnit.MICROS));
        var jesseGrayAfter = figures(jesseGray);
        assertThat(jesseGrayAfter.incidentsOpen()).isEqualTo(jesseGrayBefore.incidentsOpen());
        assertThat(jesseGrayAfter.draftsWaiting()).isEqualTo(jesseGrayBefore.draftsWaiting());
        assertThat(jesseGrayAfter.integrity()).isNotNull();
        assertThat(jesseGrayAfter.integrity().intact()).isTrue();
        assertThat(jesseGrayAfter.integrity().verdict()).startsWith("Intact: all ");

        // The demo policy's review fell due on 1 Jan 2024 in both schools, and nothing has signed it off since.
        assertThat(after.policyReviewsOverdue()).isEqualTo(1);
        assertThat(jesseGrayAfter.policyReviewsOverdue()).isEqualTo(1);
        assertThat(after.consentsExpiring()).isEqualTo((long) inSchool(
                fenwickRoad,
                () -> consents.expiringWithin(ConsentExpiries.SOON_DAYS).size()));
        assertThat(after.failedPublications()).isZero();
        assertThat(after.name()).isEqualTo("Fenwick Road Primary School");
        assertThat(after.urn()).isEqualTo("990002");
    }

    @Test
    void only_the_trusts_roles_read_the_overview() {
        for (var user : DemoUsers.EVERYONE) {
            SignedIn.as(demoUsers, user);
            if (user.equals(DemoUsers.TRUST)) {
                assertThat(overview.schools()).extracting(SchoolFigures::urn).contains("990001", "990002");
            } else {
                assertThatThrownBy(overview::schools).as(user).isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    private SchoolFigures figures(SchoolId school) {
        SignedIn.as(demoUsers, DemoUsers.TRUST);
        try {
            return overview.schools().stream()
                    .filter(f -> f.school().equals(school))
                    .findFirst()
                    .orElseThrow();
        } finally {
            SignedIn.nobody();
        }
    }

    private static <T> T inSchool(SchoolId school, Supplier<T> read) {
        SignedIn.systemIn(school);
        try {
            return read.get();
        } finally {
            SignedIn.nobody();
        }
    }
}
