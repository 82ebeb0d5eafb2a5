package app.safepost.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.SocialAccounts;
import app.safepost.audit.AuditTrail;
import app.safepost.moderation.domain.Incident;
import app.safepost.notifications.Notices;
import app.safepost.testing.OtherInstance;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Incidents on PostgreSQL: reported by anyone, handled by SLT, read by governors without pupils' names. */
@SafepostTest
class IncidentsTest {

    @Autowired
    Incidents incidents;

    @Autowired
    FollowerRegister register;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    Notices notices;

    @Autowired
    AuditTrail audit;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    private AccountId wholeSchool;

    @BeforeEach
    void signIn() {
        SignedIn.as(demoUsers, "teacher");
        wholeSchool =
                accounts.accountWithHandle("@JesseGrayPrimary").orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private IncidentSummary report(boolean serious) {
        return incidents.report(new IncidentReport(
                wholeSchool,
                IncidentCategory.OFFENSIVE_LANGUAGE,
                "A reply swore at Iris Young under the sports day post",
                "https://x.com/troll/status/1",
                null,
                serious));
    }

    @Test
    void a_teacher_reports_and_sees_their_own_report_but_not_others() {
        var mine = report(false);
        SignedIn.as(demoUsers, "teacher4");
        var theirs = incidents.report(
                new IncidentReport(wholeSchool, IncidentCategory.OTHER, "Spam replies", null, null, false));

        assertThat(incidents.visible())
                .extracting(IncidentSummary::id)
                .contains(theirs.id())
                .doesNotContain(mine.id());
        assertThat(incidents.incident(mine.id())).isEmpty();
        SignedIn.as(demoUsers, "teacher");
        var details = incidents.incident(mine.id()).orElseThrow();
        assertThat(details.summary().status()).isEqualTo(IncidentStatus.REPORTED);
        assertThat(details.summary().reportedByName()).isEqualTo("Tom Hale");
        assertThat(details.timeline()).extracting(TimelineEntry::kind).containsExactly(StepKind.REPORTED);
    }

    @Test
    void a_report_without_account_category_or_text_is_refused_with_each_field_and_nothing_saved() {
        var before = incidents.visible().size();

        assertThatThrownBy(() -> incidents.report(new IncidentReport(null, null, " ", "not a link", null, false)))
                .isInstanceOfSatisfying(
                        ModerationRefused.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("account", "category", "whatHappened", "links"));
        assertThat(incidents.visible()).hasSize(before);
    }

    @Test
    void slt_act_escalate_and_close_and_the_timeline_shows_each_step_with_who() {
        var incident = report(false);
        SignedIn.as(demoUsers, "deputy");

        incidents.act(incident.id(), IncidentAction.of(StepKind.CONTENT_DELETED, "Reply deleted"));
        incidents.act(
                incident.id(), new IncidentAction(StepKind.REPORTED_TO_PLATFORM, null, null, null, null, "X-555"));
        incidents.act(
                incident.id(),
                IncidentAction.escalation(
                        Authority.LADO, "Jane Brown", LocalDate.now(), "LADO-2026-14", "Adult named a pupil"));
        assertThatThrownBy(() -> incidents.close(incident.id(), "")).isInstanceOf(ModerationRefused.class);
        var closed = incidents.close(incident.id(), "Content removed; LADO advised no further action.");

        assertThat(closed.summary().status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(closed.summary().serious()).isTrue();
        assertThat(closed.summary().firstActionAt()).isNotNull();
        assertThat(closed.timeline())
                .extracting(TimelineEntry::kind)
                .containsExactly(
                        StepKind.REPORTED,
                        StepKind.CONTENT_DELETED,
                        StepKind.REPORTED_TO_PLATFORM,
                        StepKind.ESCALATED,
                        StepKind.MARKED_SERIOUS,
                        StepKind.CLOSED);
        assertThat(closed.timeline().get(3).reference()).isEqualTo("LADO-2026-14");
        assertThat(closed.timeline().get(1).byName()).isEqualTo("Daniel Reeve");
        assertThat(audit.historyOf(Incident.class, incident.id().value())).isNotEmpty();
    }

    @Test
    void only_slt_record_actions() {
        var incident = report(false);

        assertThatThrownBy(() -> incidents.act(incident.id(), IncidentAction.of(StepKind.CONTENT_DELETED, null)))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(demoUsers, "governor");
        assertThatThrownBy(() -> incidents.close(incident.id(), "done")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_serious_report_notifies_the_head_at_once() {
        var incident = report(true);

        SignedIn.as(demoUsers, "head");
        assertThat(notices.mine()).anySatisfy(n -> {
            assertThat(n.subject()).isEqualTo("Serious incident on @JesseGrayPrimary");
            assertThat(n.link()).isEqualTo("incidents?incident=" + incident.id());
        });
    }

    @Test
    void governors_read_every_incident_with_pupils_names_masked_and_comment() {
        var incident = report(false);
        SignedIn.as(demoUsers, "deputy");
        incidents.act(incident.id(), IncidentAction.of(StepKind.PARENTS_INFORMED, "Iris's parents phoned"));
        assertThat(incidents.incident(incident.id()).orElseThrow().summary().whatHappened())
                .contains("Iris Young");

        SignedIn.as(demoUsers, "governor");
        var read = incidents.incident(incident.id()).orElseThrow();
        assertThat(read.namesMasked()).isTrue();
        assertThat(read.summary().whatHappened())
                .doesNotContain("Iris")
                .doesNotContain("Young")
                .contains("[name]");
        assertThat(read.timeline())
                .extracting(TimelineEntry::detail)
                .doesNotContain("Iris's parents phoned")
                .contains("[name]'s parents phoned");
        assertThat(incidents.visible()).extracting(IncidentSummary::id).contains(incident.id());

        var commented = incidents.comment(incident.id(), "Please tell governors when it is closed.");
        assertThat(commented.timeline()).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(StepKind.COMMENT);
            assertThat(e.byName()).isEqualTo("Ian Frost");
        });
    }

    @Test
    void governors_read_the_name_of_a_pupil_another_instance_enrolled_masked() {
        var incident = incidents.report(new IncidentReport(
                wholeSchool,
                IncidentCategory.OFFENSIVE_LANGUAGE,
                "A reply named Zebedee Quillfeather under the sports day post",
                null,
                null,
                false));
        SignedIn.as(demoUsers, "governor");
        assertThat(incidents.incident(incident.id()).orElseThrow().summary().whatHappened())
                .contains("Zebedee");

        try (var other = new OtherInstance()) {
            other.enrolPupil("J820300199003", "Zebedee", "Quillfeather", "Class 3");
            try {
                assertThat(incidents
                                .incident(incident.id())
                                .orElseThrow()
                                .summary()
                                .whatHappened())
                        .doesNotContain("Zebedee")
                        .doesNotContain("Quillfeather")
                        .contains("[name]");
            } finally {
                other.removePupil("J820300199003");
            }
        }
    }

    @Test
    void a_block_from_the_incident_goes_to_the_register_and_is_linked_in_the_timeline() {
        var incident = report(false);
        SignedIn.as(demoUsers, "deputy");

        var block = register.blockHandle(
                wholeSchool,
                "@troll_" + System.nanoTime(),
                new BlockRequest(
                        BlockReason.OFFENSIVE_LANGUAGE,
                        "Swore at a pupil",
                        "https://x.com/troll/status/1",
                        null,
                        incident.id()));

        assertThat(block.platformOutcome()).isEqualTo(BlockOutcome.RECORDED);
        assertThat(block.incident()).isEqualTo(incident.id());
        assertThat(register.follower(block.follower()).orElseThrow().status()).isEqualTo(FollowerStatus.BLOCKED);
        var timeline = incidents.incident(incident.id()).orElseThrow().timeline();
        assertThat(timeline).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(StepKind.USER_BLOCKED);
            assertThat(e.follower()).isEqualTo(block.follower());
        });
    }
}
