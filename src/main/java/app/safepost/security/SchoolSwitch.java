package app.safepost.security;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts another of the signed-in person's schools in hand for the rest of their session on the screens
 * (the header's school picker). The session's authentication is replaced by one whose authorities are
 * the roles in that school, so every check from the next request on is about that school; the screen
 * reloads so that nothing drawn for the other school stays.
 */
@Component
public class SchoolSwitch {

    private final ApplicationEventPublisher events;
    private final ObjectProvider<PortalSchools> schools;

    SchoolSwitch(ApplicationEventPublisher events, ObjectProvider<PortalSchools> schools) {
        this.events = events;
        this.schools = schools;
    }

    /** Puts the school in hand; refused for a school the person holds no role in. */
    public SignedInStaff choose(SchoolId school) {
        var current = SecurityContextHolder.getContext().getAuthentication();
        var signedIn = SignedInStaff.from(current)
                .orElseThrow(() -> new AccessDeniedException("Sign in before choosing a school."));
        var staff = signedIn.holds(school) || !addedSinceSignIn(signedIn, school)
                ? signedIn
                : signedIn.withTrustMembership(school);
        if (!staff.holds(school)) {
            throw new AccessDeniedException(staff.username() + " holds no role in school " + school);
        }
        var switched = staff.withSchoolInHand(school);
        var replaced = SchoolInHandAuthentications.with(current, switched);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(replaced);
        SecurityContextHolder.setContext(context);
        var session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            // Where the screens' requests read the signed-in person from (Vaadin's security context strategy).
            session.getSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
        events.publishEvent(new SchoolChosen(staff.username(), school));
        if (replaced instanceof OAuth2AuthenticationToken) {
            // Entering another school through single sign-on: that school's staff record follows the claims.
            events.publishEvent(new StaffSignInEvent(switched));
        }
        return switched;
    }

    /** A school of the portal the trust's team did not see at sign-in: the trust added it since. */
    private boolean addedSinceSignIn(SignedInStaff staff, SchoolId school) {
        var portal = schools.getIfAvailable();
        return !Roles.trust(staff.roles()).isEmpty()
                && portal != null
                && portal.all().stream().anyMatch(s -> s.id().equals(school));
    }
}
