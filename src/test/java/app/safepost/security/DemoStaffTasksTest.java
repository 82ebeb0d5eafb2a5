package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestSchools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Start-up work done as a demo person has their roles and classes in their school, and only for its length. */
@SafepostTest
class DemoStaffTasksTest {

    @Autowired
    DemoStaffTasks people;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void work_as_the_teacher_has_the_teachers_class_and_no_slt_role_in_jesse_gray() {
        var seen = people.runAs("teacher", () -> SignedInStaff.current().orElseThrow());

        assertThat(seen.username()).isEqualTo("teacher");
        assertThat(seen.schoolInHand()).isEqualTo(TestSchools.jesseGray(jdbc));
        assertThat(seen.roles()).contains(Roles.TEACHER).doesNotContain(Roles.SLT);
        assertThat(SignedInStaff.current())
                .as("nothing left behind on the thread")
                .isEmpty();
    }

    @Test
    void work_as_a_governor_holds_the_governor_role_only() {
        var seen = people.runAs("governor", () -> SignedInStaff.current().orElseThrow());

        assertThat(seen.roles()).contains(Roles.GOVERNOR).doesNotContain(Roles.SLT, Roles.TEACHER);
    }

    @Test
    void someone_who_is_not_a_demo_person_is_refused() {
        assertThatThrownBy(() -> people.runAs("mallory", () -> "done"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mallory");
    }
}
