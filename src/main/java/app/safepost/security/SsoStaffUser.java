package app.safepost.security;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A member of staff signed in to the screens through Keycloak; their roles come from the {@code roles} claim. */
final class SsoStaffUser extends DefaultOidcUser implements StaffPrincipal {

    SsoStaffUser(OidcIdToken idToken, OidcUserInfo userInfo) {
        super(StaffClaims.authorities(StaffClaims.staff(merged(idToken, userInfo))), idToken, userInfo,
                StaffClaims.USERNAME);
    }

    @Override
    public SignedInStaff staff() {
        return StaffClaims.staff(this);
    }

    private static org.springframework.security.oauth2.core.ClaimAccessor merged(OidcIdToken idToken,
                                                                                 OidcUserInfo userInfo) {
        var claims = new java.util.LinkedHashMap<String, Object>(idToken.getClaims());
        if (userInfo != null) {
            claims.putAll(userInfo.getClaims());
        }
        return () -> claims;
    }

    @Override
    public String toString() {
        return "SsoStaffUser[" + getName() + "]";
    }
}
