package app.safepost.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.security.SchoolInHand;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.OtherInstance;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The one name mask on the demo school: who reads through it, and how it follows the roster and the school's name. */
@SafepostTest
class PupilNameMaskTest {

    private static final String TEXT = "Amelia Khan's poem, read by Noah";

    @Autowired
    PupilNameMask names;

    @Autowired
    PupilRetention retention;

    @Autowired
    PupilRoster roster;

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
    void a_governor_reads_pupils_names_masked() {
        SignedIn.as(demoUsers, DemoUsers.GOVERNOR);

        assertThat(names.mayReadNames()).isFalse();
        assertThat(names.forReader().mask(TEXT)).isEqualTo("[name]'s poem, read by [name]");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                DemoUsers.HEAD,
                DemoUsers.DEPUTY,
                DemoUsers.COMPUTING,
                DemoUsers.TEACHER,
                DemoUsers.TA,
                DemoUsers.OFFICE
            })
    void staff_who_work_with_pupils_read_them_as_written(String user) {
        SignedIn.as(demoUsers, user);

        assertThat(names.mayReadNames()).isTrue();
        assertThat(names.forReader().mask(TEXT)).isEqualTo(TEXT);
    }

    @Test
    void nobody_signed_in_reads_no_names_and_a_message_follows_its_recipients_roles() {
        assertThat(names.mayReadNames()).isFalse();
        assertThatThrownBy(() -> names.forRoles(Set.of("governor")))
                .as("a message is a school's, masked by its roster")
                .isInstanceOf(SchoolInHand.NoSchoolInHand.class);
        // As the portal sends a school's notices: each recipient's roles decide.
        InSchool.jesseGray(jdbc, () -> {
            assertThat(names.forRoles(Set.of("governor")).mask(TEXT)).doesNotContain("Amelia", "Khan", "Noah");
            assertThat(names.forRoles(Set.of("trust-leader")).mask(TEXT)).doesNotContain("Amelia", "Khan", "Noah");
            assertThat(names.forRoles(Set.of("head-teacher")).mask(TEXT)).isEqualTo(TEXT);
        });
    }

    @Test
    void a_pupil_another_instance_enrols_is_masked_at_once_and_no_longer_once_removed() {
        var text = "Zebedee Quillfeather won the race";
        SignedIn.as(demoUsers, DemoUsers.GOVERNOR);
        assertThat(names.forReader().mask(text)).isEqualTo(text);

        try (var other = new OtherInstance()) {
            other.enrolPupil("J820300199071", "Zebedee", "Quillfeather", "Class 3");
            try {
                assertThat(names.forReader().mask(text)).isEqualTo("[name] won the race");
            } finally {
                other.removePupil("J820300199071");
            }
        }
        assertThat(names.forReader().mask(text)).isEqualTo(text);
    }

    @Test
    void the_schools_own_name_is_left_alone_and_follows_a_change_made_on_another_instance() {
        var before = jdbc.queryForObject("select name from school where urn = '990001'", String.class);
        SignedIn.as(demoUsers, DemoUsers.GOVERNOR);
        assertThat(names.forReader().mask("Jesse Gray Primary thanks Jesse"))
                .isEqualTo("Jesse Gray Primary thanks [name]");

        try (var other = new OtherInstance()) {
            other.jdbc().update("update school set name = 'Noah Khan Primary School' where urn = '990001'");
            try {
                assertThat(names.forReader().mask("Noah Khan Primary and Jesse Gray"))
                        .isEqualTo("Noah Khan Primary and [name] Gray");
            } finally {
                other.jdbc().update("update school set name = ? where urn = '990001'", before);
            }
        }
    }

    @Test
    void a_leaver_whose_names_retention_replaced_is_not_in_the_mask() {
        SignedIn.as(demoUsers, DemoUsers.OFFICE);
        var classId = roster.records(false).getFirst().classId();
        var id = roster.enrol(new PupilDetails("J820300199072", "Ottoline", "Vexworth", null, classId))
                .id()
                .value();
        jdbc.update(
                "update pupil set archived = true, left_on = ? where id = ?",
                LocalDate.now().minusYears(8),
                id);
        try {
            SignedIn.as(demoUsers, DemoUsers.GOVERNOR);
            assertThat(names.forReader().mask("Ottoline Vexworth left")).isEqualTo("[name] left");

            SignedIn.as(demoUsers, DemoUsers.OFFICE);
            retention.pseudonymiseLeftBefore(LocalDate.now().minusYears(7));

            SignedIn.as(demoUsers, DemoUsers.GOVERNOR);
            assertThat(names.forReader().mask("A former pupil visited; Ottoline Vexworth left"))
                    .isEqualTo("A former pupil visited; Ottoline Vexworth left");
        } finally {
            jdbc.update("delete from pupil_aud where id = ?", id);
            jdbc.update("delete from pupil where id = ?", id);
            jdbc.update("delete from audit_entry where record_id = ?", id.toString());
        }
    }
}
