package app.safepost.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;

/** Reads a member of staff from the claims of the school's Keycloak (ID token, userinfo or access token). */
final class StaffClaims {

    static final String USERNAME = "preferred_username";
    static final String ROLES = "roles";
    static final String CLASSES = "classes";

    private StaffClaims() {
    }

    static SignedInStaff staff(ClaimAccessor claims) {
        var username = claims.hasClaim(USERNAME) ? claims.getClaimAsString(USERNAME) : claims.getClaimAsString("sub");
        var name = claims.getClaimAsString("name");
        var email = claims.getClaimAsString("email");
        return new SignedInStaff(username, name == null || name.isBlank() ? username : name,
                email == null ? "" : email, Roles.effective(list(claims, ROLES)), list(claims, CLASSES));
    }

    static Collection<GrantedAuthority> authorities(SignedInStaff staff) {
        return staff.roles().stream().sorted()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    /** A claim that Keycloak sends as a list, or as a single string when it has one value. */
    private static List<String> list(ClaimAccessor claims, String name) {
        if (!claims.hasClaim(name)) {
            return List.of();
        }
        var values = claims.getClaimAsStringList(name);
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
