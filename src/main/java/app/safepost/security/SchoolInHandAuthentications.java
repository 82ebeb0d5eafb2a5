package app.safepost.security;

import java.security.Principal;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/**
 * The same sign-in with another school in hand: an authentication of the same kind (so that signing
 * out of Keycloak, say, still finds the ID token), whose authorities are the roles in that school.
 */
final class SchoolInHandAuthentications {

    private SchoolInHandAuthentications() {}

    static Authentication with(Authentication current, SignedInStaff switched) {
        AbstractAuthenticationToken replaced;
        if (current instanceof OAuth2AuthenticationToken oauth && oauth.getPrincipal() instanceof SsoStaffUser user) {
            var moved = user.inSchool(switched);
            replaced = new OAuth2AuthenticationToken(
                    moved, moved.getAuthorities(), oauth.getAuthorizedClientRegistrationId());
        } else if (current instanceof StaffJwtAuthentication jwt) {
            replaced = new StaffJwtAuthentication(jwt.getToken(), switched);
        } else if (current.getPrincipal() instanceof DemoStaffUser demo) {
            var moved = demo.inSchool(switched);
            replaced = UsernamePasswordAuthenticationToken.authenticated(moved, null, moved.getAuthorities());
        } else {
            var held = new HeldStaff(switched);
            replaced = UsernamePasswordAuthenticationToken.authenticated(held, null, StaffClaims.authorities(switched));
        }
        replaced.setDetails(current.getDetails());
        return replaced;
    }

    /** Anyone else: the portal's own work, or a test's sign-in. */
    record HeldStaff(SignedInStaff staff) implements StaffPrincipal, Principal {
        @Override
        public String getName() {
            return staff.username();
        }
    }
}
