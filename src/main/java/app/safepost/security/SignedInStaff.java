package app.safepost.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The member of staff behind the current request, however they signed in.
 *
 * @param classes the classes the sign-in itself named (demo data or SSO claim); the school's staff
 *                directory is the authority on class membership
 */
public record SignedInStaff(String username, String displayName, String email, Set<String> roles,
                            List<String> classes) {

    public static final String SYSTEM = "system";

    public SignedInStaff {
        roles = Set.copyOf(roles);
        classes = List.copyOf(classes);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The signed-in person, if any. */
    public static Optional<SignedInStaff> current() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Who to record as the author of a change: the signed-in person, else the portal itself. */
    public static SignedInStaff currentAuthor() {
        return current().orElseGet(() -> new SignedInStaff(SYSTEM, "Safepost", "", Set.of(), List.of()));
    }

    static Optional<SignedInStaff> from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication instanceof StaffPrincipal bearer) {
            return Optional.of(bearer.staff());
        }
        if (authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal.staff());
        }
        var roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .toList();
        if (roles.isEmpty() && "anonymousUser".equals(authentication.getPrincipal())) {
            return Optional.empty();
        }
        var name = authentication.getName();
        return Optional.of(new SignedInStaff(name, name, "", Roles.effective(roles), List.of()));
    }
}
