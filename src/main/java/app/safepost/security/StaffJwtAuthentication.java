package app.safepost.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * An API caller with a bearer token of the school's realm: named by {@code preferred_username}, with
 * the schools their claims give them and the school in hand for this request.
 */
final class StaffJwtAuthentication extends JwtAuthenticationToken implements StaffPrincipal {

    private final SignedInStaff staff;

    StaffJwtAuthentication(Jwt jwt, SignedInStaff staff) {
        super(jwt, StaffClaims.authorities(staff), staff.username());
        this.staff = staff;
    }

    @Override
    public SignedInStaff staff() {
        return staff;
    }
}
