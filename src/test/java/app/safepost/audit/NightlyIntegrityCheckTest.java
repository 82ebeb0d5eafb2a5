package app.safepost.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.audit.domain.IntegrityCheckSettings;
import app.safepost.audit.domain.RevisionChain;
import app.safepost.audit.domain.TrailAnchors;
import app.safepost.common.SchoolTime;
import app.safepost.school.SchoolProfile;
import app.safepost.school.SchoolProfileService;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestSchools;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.FileSystemUtils;

/**
 * The nightly integrity check reads only the links after the latest anchor, and the whole chain once
 * a week. An audit row is altered with SQL, as someone with the database's credentials would, and put
 * back afterwards, so that the anchor tests' database stays intact for the next test.
 */
@AnchorPortal
class NightlyIntegrityCheckTest {

    @Autowired
    IntegrityCheck integrity;

    @Autowired
    SchoolProfileService profile;

    @Autowired
    RevisionChain chain;

    @Autowired
    TrailAnchors anchors;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    private final List<Runnable> putBack = new ArrayList<>();

    @BeforeEach
    @AfterEach
    void noAnchorsYet() {
        putBack.forEach(Runnable::run);
        putBack.clear();
        FileSystemUtils.deleteRecursively(anchors.file().getParent().toFile());
        FileSystemUtils.deleteRecursively(anchors.keyFile().getParent().toFile());
        SignedIn.nobody();
    }

    private UUID jesseGray() {
        return TestSchools.jesseGray(jdbc).value();
    }

    private ChainAnchor anchor() {
        SignedIn.as(demoUsers, DemoUsers.HEAD);
        var outcome = integrity.checkAndAnchor();
        assertThat(outcome.anchored()).as(outcome.inWords()).isTrue();
        return outcome.anchor();
    }

    /** Changes the school's telephone number; returns the revision that recorded it. */
    private long changePhone(String phone) {
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        var now = profile.profile();
        profile.update(new SchoolProfile(
                now.name(), now.contactEmail(), phone, now.address(), now.wholeSchoolHandle(), now.version()));
        return jdbc.queryForObject(
                "select max(rev) from school_aud where id = ? and contact_phone = ?", Long.class, jesseGray(), phone);
    }

    /** Alters what the revision recorded, directly in its audit row, until the end of the test. */
    private void alter(long revision) {
        var phone = jdbc.queryForObject(
                "select contact_phone from school_aud where id = ? and rev = ?", String.class, jesseGray(), revision);
        jdbc.update(
                "update school_aud set contact_phone = '0000 000 000' where id = ? and rev = ?", jesseGray(), revision);
        putBack.add(() -> jdbc.update(
                "update school_aud set contact_phone = ? where id = ? and rev = ?", phone, jesseGray(), revision));
    }

    private AnchorOutcome nightly() {
        SignedIn.as(demoUsers, DemoUsers.HEAD);
        return integrity.checkSinceAnchorAndAnchor();
    }

    @Test
    void the_nightly_check_reads_only_the_links_after_the_latest_anchor_and_anchors_the_new_head() {
        var anchored = anchor();
        changePhone("0115 000 0001");
        changePhone("0115 000 0002");

        var outcome = nightly();

        assertThat(outcome.anchored()).as(outcome.inWords()).isTrue();
        var report = outcome.report();
        assertThat(report.whole()).isFalse();
        assertThat(report.firstPosition()).isEqualTo(anchored.position() + 1);
        // The new anchor's own e-mails are revisions after it, so the head is a little ahead of it.
        assertThat(report.lastPosition()).isEqualTo(outcome.anchor().position());
        assertThat(report.linksChecked()).isGreaterThanOrEqualTo(2);
        assertThat(report.inWords())
                .startsWith("Intact: the " + report.linksChecked() + " links after link " + anchored.position()
                        + " verify");
        assertThat(integrity.recentChecks().getFirst().firstPosition()).isEqualTo(anchored.position() + 1);
    }

    @Test
    void without_an_anchor_to_start_from_the_nightly_check_reads_the_whole_chain() {
        var outcome = nightly();

        assertThat(outcome.report().whole()).isTrue();
        assertThat(outcome.report().inWords()).startsWith("Intact: all ");
        assertThat(outcome.anchored()).isTrue();
    }

    @Test
    void an_audit_row_altered_after_the_anchor_is_found_by_the_nightly_check_which_then_anchors_nothing() {
        var anchored = anchor();
        changePhone("0115 000 0011");
        var altered = changePhone("0115 000 0012");
        changePhone("0115 000 0013");
        alter(altered);

        var first = nightly();
        changePhone("0115 000 0014");
        var second = nightly();

        for (var outcome : List.of(first, second)) {
            assertThat(outcome.anchored()).isFalse();
            assertThat(outcome.report().firstBrokenRevision()).isEqualTo(altered);
            assertThat(outcome.report().problem()).contains("changed after it was saved");
            assertThat(outcome.report().firstPosition())
                    .as("the anchor did not move past the broken link, so the next night starts where this one did")
                    .isEqualTo(anchored.position() + 1);
        }
        assertThat(integrity.latestAnchor())
                .startsWith("Latest anchor: link " + anchored.position() + " (revision " + anchored.revision() + ")");
    }

    @Test
    void an_audit_row_altered_before_the_anchor_escapes_the_nightly_check_but_not_the_full_check() {
        var altered = changePhone("0115 000 0021");
        changePhone("0115 000 0022");
        anchor();
        alter(altered);

        var nightly = nightly();
        var full = integrity.checkChain();

        assertThat(nightly.report().intact())
                .as("the nightly check does not read links it verified before: " + nightly.inWords())
                .isTrue();
        assertThat(full.intact()).isFalse();
        assertThat(full.whole()).isTrue();
        assertThat(full.firstBrokenRevision()).isEqualTo(altered);
        assertThat(full.problem()).contains("changed after it was saved");
    }

    @Test
    void the_whole_chain_is_checked_on_the_full_check_night_and_whenever_no_full_check_passed_within_a_week() {
        anchor();
        var settings = new IntegrityCheckSettings(DayOfWeek.SUNDAY, Duration.ofDays(7));
        var today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        var sunday = today.with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
        var notSunday = today.getDayOfWeek() == DayOfWeek.SUNDAY ? today.plusDays(1) : today;

        assertThat(dueOn(settings, sunday.atTime(2, 15))).isTrue();
        assertThat(dueOn(settings, notSunday.atTime(2, 15)))
                .as("a full check passed just now")
                .isFalse();
        assertThat(dueOn(settings, notSunday.plusWeeks(2).atTime(2, 15)))
                .as("the last full check that passed is two weeks old")
                .isTrue();
    }

    private boolean dueOn(IntegrityCheckSettings settings, LocalDateTime night) {
        var at = Clock.fixed(night.atZone(SchoolTime.ZONE).toInstant(), ZoneOffset.UTC);
        return new IntegrityCheck(chain, anchors, events, at, settings).fullCheckDue();
    }
}
