package app.safepost.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.common.SchoolTime;
import app.safepost.school.SchoolDirectory;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Purposes are data: SLT add, rename, retire and restore them, and set how long a yes holds by default. */
@SafepostTest
class ConsentPurposesTest {

    private static final String CODE = "test-newsletter";

    @Autowired
    ConsentPurposes purposes;

    @Autowired
    ConsentRegister register;

    @Autowired
    PupilRoster roster;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @AfterEach
    void removeTheTestPurposeAndDefaults() {
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        var defaults = purposes.defaults();
        purposes.changeDefaults(ConsentExpiryRule.UNTIL_LEAVES, 1, defaults.version());
        SignedIn.nobody();
        RosterFixture.restoreDemoRoster(roster, jdbc);
        InSchool.jesseGray(jdbc, () -> {
            for (var table : new String[] {"pupil_consent", "image_consent_record"}) {
                jdbc.update("delete from " + table + "_aud where purpose_code = ?", CODE);
                jdbc.update("delete from " + table + " where purpose_code = ?", CODE);
            }
            jdbc.update("delete from consent_purpose_aud where code = ?", CODE);
            jdbc.update("delete from consent_purpose where code = ?", CODE);
        });
    }

    private byte[] rosterWith(String column, String value) {
        var demo = RosterFixture.demoCsv();
        var header = demo.substring(0, demo.indexOf('\r'));
        var rows = demo.substring(demo.indexOf('\n') + 1).replace("\r\n", "," + "\r\n");
        return (header + "," + column + "\r\n" + rows + RosterFixture.TEST_UPN
                        + ",Amira,Testing,,Class 3,yes,2026-09-03," + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void slt_add_a_purpose_and_the_roster_file_gets_a_column_for_it() {
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        var added = purposes.add(CODE, "The termly newsletter", "Photos in the newsletter sent home.", false);
        assertThat(purposes.active()).extracting(PurposeSummary::code).endsWith(CODE);

        SignedIn.as(demoUsers, DemoUsers.OFFICE);
        assertThat(roster.importRoster(rosterWith("consent_" + CODE, "no"), null)
                        .created())
                .isEqualTo(1);
        var amira = roster.records(false).stream()
                .filter(p -> p.upn().equals(RosterFixture.TEST_UPN))
                .findFirst()
                .orElseThrow();
        assertThat(register.consentsOf(amira.id()).of(CODE).consent()).isFalse();
        assertThat(register.consentsOf(amira.id()).of("class-social").consent()).isTrue();

        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        var renamed = purposes.rename(CODE, "The school newsletter", "Photos in the newsletter.", added.version());
        assertThat(renamed.code()).isEqualTo(CODE);
        var retired = purposes.retire(CODE, true, renamed.version());
        assertThat(purposes.active()).extracting(PurposeSummary::code).doesNotContain(CODE);
        assertThat(purposes.all()).extracting(PurposeSummary::code).contains(CODE);
        SignedIn.as(demoUsers, DemoUsers.OFFICE);
        assertThatThrownBy(() -> roster.importRoster(rosterWith("consent_" + CODE, "yes"), null))
                .isInstanceOfSatisfying(
                        RosterImportRejected.class,
                        rejected -> assertThat(rejected.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.message()).contains("a retired consent purpose")));
        assertThat(register.consentsOf(amira.id()).of(CODE).consent())
                .as("answers given stay on record")
                .isFalse();
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        assertThat(purposes.retire(CODE, false, retired.version()).retired()).isFalse();
    }

    @Test
    void a_purpose_an_account_needs_cannot_be_retired_and_a_code_is_checked() {
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        var classSocial = purposes.purpose("class-social").orElseThrow();

        assertThatThrownBy(() -> purposes.retire("class-social", true, classSocial.version()))
                .isInstanceOfSatisfying(
                        PurposeRefused.class, e -> assertThat(e.field()).isEqualTo("retired"));
        assertThatThrownBy(() -> purposes.add("Local Press", "Press", "Photos in the press.", false))
                .isInstanceOfSatisfying(
                        PurposeRefused.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThatThrownBy(() -> purposes.add("press", "Press", "Photos in the press.", false))
                .isInstanceOfSatisfying(
                        PurposeRefused.class, e -> assertThat(e.getMessage()).contains("already"));
        assertThatThrownBy(() -> purposes.add(CODE, " ", "Photos.", false))
                .isInstanceOfSatisfying(
                        PurposeRefused.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(purposes.purpose("class-social").orElseThrow().retired()).isFalse();
    }

    @Test
    void only_slt_change_purposes_and_defaults() {
        for (var user : new String[] {DemoUsers.OFFICE, DemoUsers.TEACHER, DemoUsers.GOVERNOR}) {
            SignedIn.as(demoUsers, user);
            assertThatThrownBy(() -> purposes.add(CODE, "Newsletter", "Photos.", false))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> purposes.changeDefaults(ConsentExpiryRule.YEARS, 1, 0))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_yes_recorded_without_an_expiry_gets_the_schools_default() {
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        var before = purposes.defaults();
        assertThatThrownBy(() -> purposes.changeDefaults(ConsentExpiryRule.YEARS, 0, before.version()))
                .isInstanceOfSatisfying(
                        PurposeRefused.class, e -> assertThat(e.field()).isEqualTo("years"));
        purposes.changeDefaults(ConsentExpiryRule.END_OF_SCHOOL_YEAR, 1, before.version());

        SignedIn.as(demoUsers, DemoUsers.OFFICE);
        var given = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        var amelia = roster.records(false).stream()
                .filter(p -> p.upn().equals("J820300120086"))
                .findFirst()
                .orElseThrow();
        register.record(amelia.id(), new ConsentDecision("press", true, ConsentSource.GDPR_FORM, given, null, null));

        var expected = new ConsentDefaults(ConsentExpiryRule.END_OF_SCHOOL_YEAR, 1, 0).expiryFor(given);
        assertThat(register.consentsOf(amelia.id()).of("press").expiresOn())
                .isEqualTo(expected)
                .isAfterOrEqualTo(given)
                .isBeforeOrEqualTo(given.plusYears(1).plusMonths(1));
        jdbc.update(
                "delete from pupil_consent where purpose_code = 'press' and pupil_id = ?",
                amelia.id().value());
    }
}
