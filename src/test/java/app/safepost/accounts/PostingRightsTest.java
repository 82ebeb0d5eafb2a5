package app.safepost.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.common.SchoolTime;
import app.safepost.database.ChangeCounts;
import app.safepost.testing.OtherInstance;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The accounts each demo user may post to, from the real staffing of the demo school. */
@SafepostTest
class PostingRightsTest {

    @Autowired
    PostingRights rights;

    @Autowired
    TripDelegations delegations;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    ComputingLeadGuidance guidance;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @Autowired
    ChangeCounts changes;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private String handlesOf(String user) {
        SignedIn.as(demoUsers, user);
        return String.join(
                ";",
                rights.accountsOfSignedInStaff().stream()
                        .map(r -> r.account().handle())
                        .toList());
    }

    @Test
    void a_preview_answers_from_memory_until_another_instance_changes_the_staffing_or_the_guidance() {
        SignedIn.as(demoUsers, "teacher");
        var kestrels = accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id();
        long counted = changes.rosterAndPostingRules();
        var before = rights.termsForPreview(kestrels, counted).orElseThrow();
        assertThat(before.right().mayDraft()).isTrue();
        assertThat(before.account().handle()).isEqualTo("@JGP_Kestrels");
        assertThat(before.guidance()).isEqualTo(guidance.guidanceFor(kestrels));

        try (var other = new OtherInstance()) {
            var teacherId = other.jdbc()
                    .queryForObject("select class_teacher_id from school_class where name = 'Class 3'", UUID.class);
            var note = other.jdbc()
                    .queryForObject("select note from posting_guidance where account_id is null", String.class);
            try {
                other.jdbc().update("update school_class set class_teacher_id = null where name = 'Class 3'");
                other.jdbc()
                        .update("update posting_guidance set note = 'Thank the PTA by name.' where account_id is null");

                assertThat(rights.termsForPreview(kestrels, counted)
                                .orElseThrow()
                                .right()
                                .mayDraft())
                        .as("at the count read before the change, from memory")
                        .isTrue();
                long now = changes.rosterAndPostingRules();
                assertThat(now).isGreaterThan(counted);
                var after = rights.termsForPreview(kestrels, now).orElseThrow();
                assertThat(after.right().mayDraft()).isFalse();
                assertThat(after.guidance().notes()).contains("Thank the PTA by name.");
                assertThat(rights.mayDraftFor(kestrels)).as("read afresh").isFalse();
            } finally {
                other.jdbc().update("update school_class set class_teacher_id = ? where name = 'Class 3'", teacherId);
                other.jdbc().update("update posting_guidance set note = ? where account_id is null", note);
            }
        }

        var restored = rights.termsForPreview(kestrels, changes.rosterAndPostingRules())
                .orElseThrow();
        assertThat(restored.right().mayDraft()).isTrue();
        assertThat(restored.guidance()).isEqualTo(before.guidance());
        assertThat(rights.termsForPreview(new AccountId(UUID.randomUUID()), changes.rosterAndPostingRules()))
                .isEmpty();
    }

    @Test
    void one_account_read_on_its_own_is_the_same_as_in_the_list_of_all() {
        SignedIn.as(demoUsers, "teacher");

        for (var listed : accounts.all()) {
            assertThat(accounts.account(listed.id())).contains(listed);
        }
        assertThat(accounts.account(new AccountId(java.util.UUID.randomUUID()))).isEmpty();
    }

    @ParameterizedTest(name = "{0} may draft for {1}, one account at a time too")
    @CsvSource(delimiter = '|', textBlock = """
            teacher   | @JGP_Kestrels
            teacher4  | @JGP_Owls
            ta        | @JGP_Kestrels;@JGP_Owls
            office    | ''
            """)
    void the_right_to_each_account_asked_one_by_one_follows_that_class_staffing(String user, String expected) {
        SignedIn.as(demoUsers, user);

        var mayDraft = accounts.all().stream()
                .filter(a -> rights.mayDraftFor(a.id()))
                .map(AccountSummary::handle)
                .toList();

        assertThat(String.join(";", mayDraft)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} may draft for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            head      | @JesseGrayPrimary;@JGP_Robins;@JGP_Wrens;@JGP_Kingfishers;@JGP_Kestrels;@JGP_Owls;@JGP_Falcons;@JGP_Eagles
            deputy    | @JesseGrayPrimary;@JGP_Robins;@JGP_Wrens;@JGP_Kingfishers;@JGP_Kestrels;@JGP_Owls;@JGP_Falcons;@JGP_Eagles
            teacher   | @JGP_Kestrels
            teacher4  | @JGP_Owls
            ta        | @JGP_Kestrels;@JGP_Owls
            computing | @JGP_Falcons
            office    | ''
            governor  | ''
            """)
    void each_person_may_draft_for_exactly_their_accounts(String user, String expected) {
        assertThat(handlesOf(user)).isEqualTo(expected);
    }

    @Test
    void slt_publish_everywhere_and_class_staff_only_draft() {
        SignedIn.as(demoUsers, "deputy");
        var kestrels = accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id();
        var wholeSchool =
                accounts.accountWithHandle("@JesseGrayPrimary").orElseThrow().id();
        assertThat(rights.mayPublishTo(kestrels)).isTrue();
        assertThat(rights.mayPublishTo(wholeSchool)).isTrue();

        SignedIn.as(demoUsers, "teacher");
        assertThat(rights.mayDraftFor(kestrels)).isTrue();
        assertThat(rights.mayPublishTo(kestrels)).isFalse();
        assertThat(rights.mayDraftFor(wholeSchool)).isFalse();
        assertThat(rights.rightTo(wholeSchool).delegation()).isNull();
    }

    @Test
    void a_delegate_sees_the_whole_school_account_only_while_the_delegation_is_in_force() {
        SignedIn.as(demoUsers, "deputy");
        var wholeSchool =
                accounts.accountWithHandle("@JesseGrayPrimary").orElseThrow().id();
        var now = LocalDateTime.now(SchoolTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
        var later = delegations.grant(new TripDelegationRequest(
                wholeSchool,
                "teacher",
                "Evening concert",
                now.plusDays(2),
                now.plusDays(2).plusHours(3),
                "Concert photos"));
        assertThat(handlesOf("teacher")).isEqualTo("@JGP_Kestrels");

        SignedIn.as(demoUsers, "deputy");
        var today = delegations.grant(new TripDelegationRequest(
                wholeSchool, "teacher", "Castle trip", now, now.plusHours(6), "Year 3 at the castle"));
        try {
            assertThat(handlesOf("teacher")).isEqualTo("@JesseGrayPrimary;@JGP_Kestrels");
            var right = rights.rightTo(wholeSchool);
            assertThat(right.mayPublish()).isTrue();
            assertThat(right.delegation()).isEqualTo(today.id());
        } finally {
            SignedIn.as(demoUsers, "deputy");
            delegations.revoke(today.id());
            delegations.revoke(later.id());
        }
        assertThat(handlesOf("teacher")).isEqualTo("@JGP_Kestrels");
    }
}
