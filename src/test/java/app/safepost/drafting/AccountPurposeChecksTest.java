package app.safepost.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.RefusedChange;
import app.safepost.accounts.SocialAccounts;
import app.safepost.compliance.Finding;
import app.safepost.compliance.Verdict;
import app.safepost.pupils.ClassPupil;
import app.safepost.pupils.ConsentDecision;
import app.safepost.pupils.ConsentRegister;
import app.safepost.pupils.ConsentSource;
import app.safepost.pupils.PupilDetails;
import app.safepost.pupils.PupilId;
import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.RosterFixture;
import app.safepost.school.ClassId;
import app.safepost.school.SchoolDirectory;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The purpose of the account in hand decides: a pupil whose parents said no to the class's account and
 * yes to the whole-school accounts may appear uncovered on the whole-school account and not on the
 * class's, in the checks and in the editor's "who is in this photo" list; SLT change an account's purpose.
 */
@SafepostTest
class AccountPurposeChecksTest {

    private static final String UPN = RosterFixture.TEST_UPN;

    @Autowired
    PostChecks checks;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    PupilRoster roster;

    @Autowired
    ConsentRegister consents;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    private ClassId class3;

    @BeforeEach
    void enrolNoorWithWholeSchoolConsentOnly() {
        SignedIn.as(demoUsers, DemoUsers.OFFICE);
        class3 = directory.classNamed("Class 3").orElseThrow().id();
        PupilId noor = roster.enrol(new PupilDetails(UPN, "Noor", "Testing", null, class3))
                .id();
        var given = LocalDate.of(2026, 9, 3);
        consents.record(noor, new ConsentDecision("class-social", false, ConsentSource.GDPR_FORM, given, null, null));
        consents.record(noor, new ConsentDecision("school-social", true, ConsentSource.GDPR_FORM, given, null, null));
    }

    @AfterEach
    void restore() {
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        accounts.needPurpose(account("@JGP_Kestrels"), "class-social");
        SignedIn.nobody();
        RosterFixture.restoreDemoRoster(roster, jdbc);
    }

    private AccountId account(String handle) {
        return InSchool.jesseGray(
                jdbc, () -> accounts.accountWithHandle(handle).orElseThrow().id());
    }

    private Verdict photoOfNoorOn(String handle) {
        return checks.check(
                        account(handle),
                        new DraftContent("Sports day", List.of(), List.of(new DraftContent.PupilShown(UPN, false))))
                .verdict();
    }

    @Test
    void the_whole_school_account_may_show_the_pupil_and_the_class_account_may_not() {
        SignedIn.as(demoUsers, DemoUsers.HEAD);

        assertThat(photoOfNoorOn("@JesseGrayPrimary")).isEqualTo(Verdict.PASS);
        var onClassAccount = checks.check(
                account("@JGP_Kestrels"),
                new DraftContent("Sports day", List.of(), List.of(new DraftContent.PupilShown(UPN, false))));
        assertThat(onClassAccount.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(onClassAccount.findings())
                .extracting(Finding::message)
                .containsExactly("P15: a pupil in the photos (N.T.) has no image consent for class-social, the purpose"
                        + " this account's photos need. Pixelate them or cover them with an emoji, or choose other"
                        + " photos.");

        SignedIn.as(demoUsers, DemoUsers.TEACHER);
        assertThat(roster.classPupils(class3, "class-social"))
                .filteredOn(p -> p.firstName().equals("Noor"))
                .extracting(ClassPupil::imageConsent)
                .containsExactly(false);
        assertThat(roster.classPupils(class3, "school-social"))
                .filteredOn(p -> p.firstName().equals("Noor"))
                .extracting(ClassPupil::imageConsent)
                .containsExactly(true);
    }

    @Test
    void slt_give_an_account_another_purpose_and_the_checks_follow_it() {
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        assertThat(accounts.needPurpose(account("@JGP_Kestrels"), "school-social")
                        .purpose())
                .isEqualTo("school-social");

        SignedIn.as(demoUsers, DemoUsers.TEACHER);
        assertThat(photoOfNoorOn("@JGP_Kestrels")).isEqualTo(Verdict.PASS);

        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        assertThatThrownBy(() -> accounts.needPurpose(account("@JGP_Kestrels"), "tiktok"))
                .isInstanceOfSatisfying(
                        RefusedChange.class, e -> assertThat(e.errors()).containsKey("purpose"));
        SignedIn.as(demoUsers, DemoUsers.TEACHER);
        assertThatThrownBy(() -> accounts.needPurpose(account("@JGP_Kestrels"), "class-social"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
