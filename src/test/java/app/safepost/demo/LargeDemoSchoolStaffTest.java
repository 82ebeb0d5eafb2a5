package app.safepost.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.security.Roles;
import java.util.HashSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The large demo school's staff, which the load harness also creates in Keycloak: fixed, and a real school's mix. */
class LargeDemoSchoolStaffTest {

    @Test
    void with_the_demo_schools_eight_the_generated_staff_are_150_people_with_unique_usernames() {
        var staff = LargeDemoSchool.staff();

        assertThat(staff).hasSize(LargeDemoSchool.STAFF - 8);
        assertThat(staff.stream().map(LargeDemoSchool.Member::username).collect(Collectors.toSet()))
                .hasSize(staff.size());
        assertThat(staff).allSatisfy(m -> assertThat(m.email()).isEqualTo(m.username() + "@jessegray.example"));
    }

    @Test
    void every_generated_class_has_one_class_teacher_and_at_least_one_teaching_assistant() {
        var staff = LargeDemoSchool.staff();
        int generatedClasses = LargeDemoSchool.CLASSES - LargeDemoSchool.DEMO_CLASSES;

        var teachers = staff.stream()
                .filter(m -> m.roles().equals(java.util.List.of(Roles.TEACHER)))
                .toList();
        assertThat(teachers).hasSize(generatedClasses);
        assertThat(teachers.stream().flatMap(m -> m.classes().stream()).collect(Collectors.toSet()))
                .hasSize(generatedClasses);
        var assisted = new HashSet<String>();
        staff.stream()
                .filter(m -> m.roles().contains(Roles.TEACHING_ASSISTANT))
                .forEach(m -> assisted.addAll(m.classes()));
        assertThat(assisted).hasSize(generatedClasses);
        assertThat(staff.stream().filter(m -> m.roles().contains(Roles.SLT))).hasSize(4);
        assertThat(staff.stream().filter(m -> m.roles().contains(Roles.GOVERNOR)))
                .hasSize(12);
        assertThat(staff.stream().filter(m -> m.roles().contains(Roles.OFFICE))).hasSize(4);
        assertThat(staff)
                .filteredOn(
                        m -> !m.roles().contains(Roles.TEACHER) && !m.roles().contains(Roles.TEACHING_ASSISTANT))
                .allSatisfy(m -> assertThat(m.classes()).isEmpty());
    }

    @Test
    void the_same_seed_gives_the_same_people() {
        assertThat(LargeDemoSchool.staff()).isEqualTo(LargeDemoSchool.staff());
    }
}
