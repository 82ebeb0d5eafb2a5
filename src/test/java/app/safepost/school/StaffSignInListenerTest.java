package app.safepost.school;

import app.safepost.security.PortalTask;
import app.safepost.security.SignedInStaff;
import app.safepost.security.StaffPrincipal;
import app.safepost.testing.SafepostTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff come from sign-in: a new person is added, a known one kept up to date, an unchanged one untouched. */
@SafepostTest
class StaffSignInListenerTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheNewcomer() {
        jdbc.update("delete from staff_member_aud where username = 'newcomer'");
        jdbc.update("delete from staff_member where username = 'newcomer'");
    }

    private record Principal(SignedInStaff staff) implements StaffPrincipal {
    }

    private void signIn(SignedInStaff staff) {
        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(new Principal(staff), null, List.of())));
    }

    private long revisions() {
        return jdbc.queryForObject("select count(*) from revision_info", Long.class);
    }

    @Test
    void a_newcomer_signing_in_joins_the_staff_directory() {
        signIn(new SignedInStaff("newcomer", "Nia Newcomer", "n.newcomer@jessegray.example", Set.of("teacher"),
                List.of()));

        var member = PortalTask.runAsSystem(() -> directory.staffMember("newcomer")).orElseThrow();
        assertThat(member.displayName()).isEqualTo("Nia Newcomer");
        assertThat(member.roles()).containsExactly("teacher");
    }

    @Test
    void a_known_member_of_staff_signing_in_unchanged_writes_no_revision() {
        var before = revisions();

        signIn(new SignedInStaff("teacher", "Tom Hale", "t.hale@jessegray.example", Set.of("teacher"), List.of()));

        assertThat(revisions()).isEqualTo(before);
    }
}
