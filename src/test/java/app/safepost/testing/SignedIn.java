package app.safepost.testing;

import app.safepost.security.Membership;
import app.safepost.security.Roles;
import app.safepost.security.SchoolId;
import app.safepost.security.SignedInStaff;
import app.safepost.security.StaffPrincipal;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Switches the signed-in demo user within a service test, where one story has several people. */
public final class SignedIn {

    private SignedIn() {}

    public static void as(UserDetailsService demoUsers, String username) {
        var user = demoUsers.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /**
     * The portal itself with this school in hand, as its jobs and start-up work are: for a test's
     * fixtures and reads of one school's data (every query then sees that school's rows only).
     */
    public static void systemIn(SchoolId school) {
        var roles = Roles.effective(List.of(Roles.SLT, Roles.OFFICE, Roles.COMPUTING_LEAD, Roles.HEAD_TEACHER));
        var staff = new SignedInStaff(
                SignedInStaff.SYSTEM,
                "Safepost",
                "",
                roles,
                List.of(),
                List.of(new Membership(school, roles, List.of())),
                school);
        StaffPrincipal principal = () -> staff;
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal,
                null,
                roles.stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList()));
        SecurityContextHolder.setContext(context);
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
