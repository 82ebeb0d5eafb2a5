package app.safepost.school;

import app.safepost.security.PortalTask;
import app.safepost.security.SignedInStaff;
import app.safepost.security.StaffPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Staff come from sign-in: whoever signs in (demo sign-in now, the school's SSO claims later) is
 * added to the staff directory, or their name, e-mail and roles brought up to date. An unchanged
 * sign-in writes nothing, so the audit trail only shows real changes.
 */
@Component
class StaffSignInListener {

    private static final Logger log = LoggerFactory.getLogger(StaffSignInListener.class);

    private final SchoolDirectory directory;

    StaffSignInListener(SchoolDirectory directory) {
        this.directory = directory;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal)) {
            return;
        }
        var staff = principal.staff();
        if (SignedInStaff.SYSTEM.equals(staff.username())) {
            return;
        }
        // Registering staff is SLT's right; here the portal does it on the person's behalf. A failure
        // here must not stop the person signing in; the next sign-in tries again.
        try {
            PortalTask.runAsSystem(() -> directory.registerStaff(staff.username(), staff.displayName(),
                    staff.email() == null || staff.email().isBlank() ? null : staff.email(), staff.roles()));
        } catch (RuntimeException e) {
            log.warn("Could not bring {} up to date in the staff directory", staff.username(), e);
        }
    }
}
