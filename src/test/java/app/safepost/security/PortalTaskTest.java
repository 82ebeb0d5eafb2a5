package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The portal's own work runs as the system user, across the portal or in one school. */
class PortalTaskTest {

    private final SchoolId school = new SchoolId(UUID.randomUUID());

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void work_in_a_school_has_that_school_in_hand_as_the_system_user() {
        var seen =
                PortalTask.runAsSystemIn(school, () -> SignedInStaff.current().orElseThrow());

        assertThat(seen.username()).isEqualTo(SignedInStaff.SYSTEM);
        assertThat(seen.schoolInHand()).isEqualTo(school);
        assertThat(seen.roles()).contains(Roles.SLT, Roles.OFFICE, Roles.HEAD_TEACHER);
        assertThat(SchoolInHand.current())
                .as("nothing left behind on the thread")
                .isEmpty();
    }

    @Test
    void work_across_the_portal_has_no_school_in_hand() {
        assertThat(PortalTask.runAsSystem(SchoolInHand::current)).isEmpty();
    }

    @Test
    void work_apart_from_a_screen_keeps_the_screens_school_in_hand_and_the_screen_keeps_its_person() {
        var person = SignedInStaff.inSchool(
                "music",
                "Sam Idowu",
                "",
                Set.of(),
                List.of(new Membership(school, Set.of(Roles.TEACHING_ASSISTANT), List.of("Class 2"))),
                school);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new SchoolInHandAuthentications.HeldStaff(person), null, StaffClaims.authorities(person)));
        SecurityContextHolder.setContext(context);

        var seen = PortalTask.runAsSystemApart(() -> SignedInStaff.current().orElseThrow());

        assertThat(seen.username()).isEqualTo(SignedInStaff.SYSTEM);
        assertThat(seen.schoolInHand()).isEqualTo(school);
        assertThat(SignedInStaff.current().orElseThrow().username()).isEqualTo("music");
    }
}
