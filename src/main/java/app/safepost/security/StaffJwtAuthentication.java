package app.safepost.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** An API caller with a bearer token of the school's realm: named by {@code preferred_username}, roles from {@code roles}. */
final class StaffJwtAuthentication extends JwtAuthenticationToken implements StaffPrincipal {

    StaffJwtAuthentication(Jwt jwt) {
        this(jwt, StaffClaims.staff(jwt));
    }

    private StaffJwtAuthentication(Jwt jwt, SignedInStaff staff) {
        super(jwt, StaffClaims.authorities(staff), staff.username());
    }

    @Override
    public SignedInStaff staff() {
        return StaffClaims.staff(getToken());
    }
}
