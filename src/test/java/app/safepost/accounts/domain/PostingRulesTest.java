package app.safepost.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.AccountKind;
import app.safepost.accounts.domain.PostingRules.Poster;
import app.safepost.accounts.domain.PostingRules.Right;
import app.safepost.accounts.domain.PostingRules.Target;
import app.safepost.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every demo role against each kind of account, with and without a trip delegation in force. */
class PostingRulesTest {

    /** Class 3 is run by teacher (class teacher) and ta (assistant), as in the demo school. */
    private static final Set<String> CLASS_3_STAFF = Set.of("teacher", "ta");

    private static Poster poster(String username, String roles) {
        return new Poster(username, Roles.effective(Arrays.asList(roles.split(";"))));
    }

    private static Target account(String which) {
        return switch (which) {
            case "whole-school" -> new Target(AccountKind.WHOLE_SCHOOL, true, Set.of());
            case "class-3" -> new Target(AccountKind.CLASS, true, CLASS_3_STAFF);
            case "class-3-inactive" -> new Target(AccountKind.CLASS, false, CLASS_3_STAFF);
            case "whole-school-inactive" -> new Target(AccountKind.WHOLE_SCHOOL, false, Set.of());
            default -> throw new IllegalArgumentException(which);
        };
    }

    @ParameterizedTest(name = "{0} ({1}) on {2}, delegated {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            head      | head-teacher;slt       | whole-school          | false | DRAFT_AND_PUBLISH
            head      | head-teacher;slt       | class-3               | false | DRAFT_AND_PUBLISH
            deputy    | slt                    | whole-school          | false | DRAFT_AND_PUBLISH
            deputy    | slt                    | class-3               | false | DRAFT_AND_PUBLISH
            teacher   | teacher                | class-3               | false | DRAFT
            teacher   | teacher                | whole-school          | false | NONE
            teacher   | teacher                | whole-school          | true  | DRAFT_AND_PUBLISH
            teacher   | teacher                | class-3               | true  | DRAFT
            ta        | teaching-assistant     | class-3               | false | DRAFT
            ta        | teaching-assistant     | whole-school          | false | NONE
            ta        | teaching-assistant     | whole-school          | true  | NONE
            teacher4  | teacher                | class-3               | false | NONE
            teacher4  | teacher                | whole-school          | true  | DRAFT_AND_PUBLISH
            computing | computing-lead;teacher | class-3               | false | NONE
            computing | computing-lead         | whole-school          | true  | NONE
            office    | office                 | class-3               | false | NONE
            office    | office                 | whole-school          | true  | NONE
            governor  | governor               | class-3               | false | NONE
            governor  | governor               | whole-school          | false | NONE
            teacher   | teacher                | class-3-inactive      | false | NONE
            deputy    | slt                    | whole-school-inactive | false | NONE
            teacher   | teacher                | whole-school-inactive | true  | NONE
            """)
    void rights_follow_the_table(String username, String roles, String account, boolean delegated, Right expected) {
        assertThat(PostingRules.rightOf(poster(username, roles), account(account), delegated))
                .isEqualTo(expected);
    }

    @Test
    void staff_named_on_a_class_without_a_teaching_role_may_not_draft_for_it() {
        var formerTeacherNowOffice = poster("teacher", "office");

        assertThat(PostingRules.rightOf(formerTeacherNowOffice, account("class-3"), false))
                .isEqualTo(Right.NONE);
    }

    @Test
    void only_publish_rights_include_publishing() {
        assertThat(Right.DRAFT.mayDraft()).isTrue();
        assertThat(Right.DRAFT.mayPublish()).isFalse();
        assertThat(Right.DRAFT_AND_PUBLISH.mayPublish()).isTrue();
        assertThat(Right.NONE.mayDraft()).isFalse();
    }

    /** The delegation window decides "delegated"; the clock is fixed so the edges are exact. */
    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-24T08:59:59Z | NONE
            2026-11-24T09:00:00Z | DRAFT_AND_PUBLISH
            2026-11-24T12:00:00Z | DRAFT_AND_PUBLISH
            2026-11-24T15:59:59Z | DRAFT_AND_PUBLISH
            2026-11-24T16:00:00Z | NONE
            2026-11-25T09:00:00Z | NONE
            """)
    void a_delegate_posts_to_the_whole_school_account_only_inside_the_window(String at, Right expected) {
        var clock = Clock.fixed(Instant.parse(at), ZoneOffset.UTC);
        var window = new TripDelegationRules.Window(
                Instant.parse("2026-11-24T09:00:00Z"), Instant.parse("2026-11-24T16:00:00Z"), null);

        var delegated = TripDelegationRules.isActive(window, clock.instant());

        assertThat(PostingRules.rightOf(poster("teacher4", "teacher"), account("whole-school"), delegated))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "revoked at 12:00, asked at {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-24T11:59:59Z | DRAFT_AND_PUBLISH
            2026-11-24T12:00:00Z | NONE
            2026-11-24T13:00:00Z | NONE
            """)
    void after_revocation_the_delegate_may_no_longer_post(String at, Right expected) {
        var window = new TripDelegationRules.Window(
                Instant.parse("2026-11-24T09:00:00Z"),
                Instant.parse("2026-11-24T16:00:00Z"),
                Instant.parse("2026-11-24T12:00:00Z"));

        var delegated = TripDelegationRules.isActive(window, Instant.parse(at));

        assertThat(PostingRules.rightOf(poster("teacher4", "teacher"), account("whole-school"), delegated))
                .isEqualTo(expected);
    }
}
