package app.safepost.security;

import app.safepost.security.StaffSchools.FirstSchool;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Runs start-up work as one of the demo trust's people, with their roles and classes in the school they
 * work in, so that the demo school's history is made through the services as that person would make it
 * (the checks, four eyes and the audit trail all see them).
 */
@Component
public class DemoStaffTasks {

    private final StaffSchools schools;

    DemoStaffTasks(StaffSchools schools) {
        this.schools = schools;
    }

    public <T> T runAs(String username, Supplier<T> work) {
        var person = DemoPerson.everyone().stream()
                .filter(p -> p.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo person " + username));
        var staff = schools.signIn(person.claimed(), FirstSchool.LAST_CHOSEN);
        StaffPrincipal principal = () -> staff;
        var holder = new Object() {
            T result;
        };
        PortalTask.runAs(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, StaffClaims.authorities(staff)),
                () -> holder.result = work.get());
        return holder.result;
    }
}
