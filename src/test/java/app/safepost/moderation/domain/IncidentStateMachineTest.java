package app.safepost.moderation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.moderation.Authority;
import app.safepost.moderation.IncidentAction;
import app.safepost.moderation.IncidentCategory;
import app.safepost.moderation.IncidentStatus;
import app.safepost.moderation.ModerationRefused;
import app.safepost.moderation.StepKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class IncidentStateMachineTest {

    private static final Instant REPORTED = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant LATER = REPORTED.plusSeconds(3600);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static Incident reported() {
        return new Incident(
                UUID.randomUUID(),
                IncidentCategory.OFFENSIVE_LANGUAGE,
                "A reply swore at the class",
                null,
                null,
                false,
                "teacher",
                REPORTED);
    }

    @Test
    void a_new_incident_is_reported_with_no_first_action() {
        var incident = reported();

        assertThat(incident.getStatus()).isEqualTo(IncidentStatus.REPORTED);
        assertThat(incident.getFirstActionAt()).isNull();
    }

    @Test
    void the_first_action_puts_it_in_hand_and_is_remembered_as_the_first() {
        var incident = reported();

        incident.record(IncidentAction.of(StepKind.CONTENT_DELETED, "Reply deleted"), null, "deputy", LATER, TODAY);
        incident.record(
                IncidentAction.of(StepKind.PARENTS_INFORMED, null), null, "deputy", LATER.plusSeconds(60), TODAY);

        assertThat(incident.getStatus()).isEqualTo(IncidentStatus.IN_HAND);
        assertThat(incident.getFirstActionAt()).isEqualTo(LATER);
    }

    @Test
    void a_note_is_not_an_action_and_leaves_it_waiting() {
        var incident = reported();

        incident.record(IncidentAction.of(StepKind.NOTE, "Looking into it"), null, "deputy", LATER, TODAY);

        assertThat(incident.getStatus()).isEqualTo(IncidentStatus.REPORTED);
        assertThat(incident.getFirstActionAt()).isNull();
    }

    @ParameterizedTest(name = "closing with \"{0}\" is refused")
    @CsvSource(
            nullValues = "null",
            value = {"null", "''", "'   '"})
    void no_close_without_an_outcome(String outcome) {
        var incident = reported();

        assertThatThrownBy(() -> incident.close(outcome, "deputy", LATER))
                .isInstanceOfSatisfying(
                        ModerationRefused.class, e -> assertThat(e.errors()).containsKey("outcome"));
        assertThat(incident.getStatus()).isEqualTo(IncidentStatus.REPORTED);
    }

    @Test
    void closing_keeps_the_outcome_and_who_closed_it_and_nothing_more_is_recorded_after() {
        var incident = reported();

        var step = incident.close("Reply deleted and user blocked; no further contact.", "deputy", LATER);

        assertThat(step.getKind()).isEqualTo(StepKind.CLOSED);
        assertThat(incident.getStatus()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(incident.getOutcome()).startsWith("Reply deleted");
        assertThat(incident.getClosedBy()).isEqualTo("deputy");
        assertThatThrownBy(() -> incident.record(
                        IncidentAction.of(StepKind.CONTENT_DELETED, null), null, "deputy", LATER, TODAY))
                .isInstanceOf(ModerationRefused.class);
        assertThatThrownBy(() -> incident.close("again", "deputy", LATER)).isInstanceOf(ModerationRefused.class);
    }

    @Test
    void a_governor_may_comment_after_closing() {
        var incident = reported();
        incident.close("Handled", "deputy", LATER);

        var comment = incident.comment("Thank you, well handled.", "governor", LATER.plusSeconds(5));

        assertThat(comment.getKind()).isEqualTo(StepKind.COMMENT);
        assertThatThrownBy(() -> incident.comment(" ", "governor", LATER)).isInstanceOf(ModerationRefused.class);
    }

    @ParameterizedTest(name = "escalation missing {0} is refused")
    @CsvSource(nullValues = "null", textBlock = """
            authority        | null   | DC Smith | 2026-11-20 | CR/123
            authorityContact | POLICE | null     | 2026-11-20 | CR/123
            authorityContact | POLICE | '  '     | 2026-11-20 | CR/123
            escalatedOn      | POLICE | DC Smith | null       | CR/123
            escalatedOn      | POLICE | DC Smith | 2026-11-21 | CR/123
            reference        | POLICE | DC Smith | 2026-11-20 | null
            reference        | LADO   | J Brown  | 2026-11-19 | ''
            """, delimiter = '|')
    void escalation_needs_authority_who_when_and_reference(
            String field, Authority authority, String contact, LocalDate on, String reference) {
        var incident = reported();
        var action = new IncidentAction(StepKind.ESCALATED, null, authority, contact, on, reference);

        assertThatThrownBy(() -> incident.record(action, null, "deputy", LATER, TODAY))
                .isInstanceOfSatisfying(
                        ModerationRefused.class, e -> assertThat(e.errors()).containsKey(field));
        assertThat(incident.getStatus()).isEqualTo(IncidentStatus.REPORTED);
    }

    @Test
    void a_complete_escalation_is_recorded_with_its_details() {
        var incident = reported();

        var step = incident.record(
                IncidentAction.escalation(Authority.CEOP, "CEOP duty officer", TODAY, " REF-77 ", "Images of pupils"),
                null,
                "deputy",
                LATER,
                TODAY);

        assertThat(step.getAuthority()).isEqualTo(Authority.CEOP);
        assertThat(step.getAuthorityContact()).isEqualTo("CEOP duty officer");
        assertThat(step.getEscalatedOn()).isEqualTo(TODAY);
        assertThat(step.getReference()).isEqualTo("REF-77");
        assertThat(incident.getStatus()).isEqualTo(IncidentStatus.IN_HAND);
    }

    @Test
    void a_report_to_the_platform_needs_its_reference() {
        var incident = reported();

        assertThatThrownBy(() -> incident.record(
                        new IncidentAction(StepKind.REPORTED_TO_PLATFORM, null, null, null, null, null),
                        null,
                        "deputy",
                        LATER,
                        TODAY))
                .isInstanceOfSatisfying(
                        ModerationRefused.class, e -> assertThat(e.errors()).containsKey("reference"));
    }

    @Test
    void user_blocked_is_recorded_only_with_a_follower_from_the_register() {
        var incident = reported();

        assertThatThrownBy(() ->
                        incident.record(IncidentAction.of(StepKind.USER_BLOCKED, null), null, "deputy", LATER, TODAY))
                .isInstanceOf(ModerationRefused.class);
        var follower = UUID.randomUUID();
        var step = incident.record(IncidentAction.of(StepKind.USER_BLOCKED, null), follower, "deputy", LATER, TODAY);
        assertThat(step.getFollowerId()).isEqualTo(follower);
    }

    @ParameterizedTest
    @EnumSource(
            value = StepKind.class,
            names = {"REPORTED", "CLOSED", "COMMENT", "MARKED_SERIOUS"})
    void steps_with_their_own_path_cannot_be_recorded_as_actions(StepKind kind) {
        assertThatThrownBy(() -> reported().record(IncidentAction.of(kind, "x"), null, "deputy", LATER, TODAY))
                .isInstanceOf(ModerationRefused.class);
    }

    @Test
    void marking_serious_happens_once() {
        var incident = reported();

        assertThat(incident.markSerious("Threat", "deputy", LATER)).isNotNull();
        assertThat(incident.markSerious("Again", "deputy", LATER)).isNull();
        assertThat(incident.isSerious()).isTrue();
    }
}
