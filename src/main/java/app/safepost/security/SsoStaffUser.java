package app.safepost.security;

import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A member of staff signed in to the screens through Keycloak, with the schools their claims give
 * them and the school in hand; their authorities are the roles in that school and the trust's.
 */
final class SsoStaffUser extends DefaultOidcUser implements StaffPrincipal {

    private final SignedInStaff staff;

    SsoStaffUser(OidcIdToken idToken, @Nullable OidcUserInfo userInfo, SignedInStaff staff) {
        super(StaffClaims.authorities(staff), idToken, userInfo, StaffClaims.USERNAME);
        this.staff = staff;
    }

    /** What the ID token and userinfo say together. */
    static ClaimAccessor claims(OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        var claims = new LinkedHashMap<String, Object>(idToken.getClaims());
        if (userInfo != null) {
            claims.putAll(userInfo.getClaims());
        }
        return () -> claims;
    }

    @Override
    public SignedInStaff staff() {
        return staff;
    }

    /** The same sign-in with another of the person's schools in hand. */
    SsoStaffUser inSchool(SignedInStaff switched) {
        return new SsoStaffUser(getIdToken(), getUserInfo(), switched);
    }

    @Override
    public String toString() {
        return "SsoStaffUser[" + getName() + "]";
    }
}
