package app.safepost.security;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The member of staff behind the current request, however they signed in, and the school in hand.
 *
 * @param roles        the roles that count now: those held in the school in hand, and the trust's
 * @param classes      the classes the sign-in itself named for the school in hand (demo data or SSO
 *                     claim); the school's staff directory is the authority on class membership
 * @param memberships  every school of the portal the person works in, in the portal's order
 * @param schoolInHand the school the current request, screen or job is about; none for work across
 *                     the portal, or for a person who holds no school of this portal
 */
public record SignedInStaff(
        String username,
        String displayName,
        String email,
        Set<String> roles,
        List<String> classes,
        List<Membership> memberships,
        @Nullable SchoolId schoolInHand)
        implements Serializable {

    public static final String SYSTEM = "system";

    public SignedInStaff {
        roles = Set.copyOf(roles);
        classes = List.copyOf(classes);
        memberships = List.copyOf(memberships);
    }

    /** A person known only by their roles, in no particular school (tests, and sign-ins of old). */
    public SignedInStaff(String username, String displayName, String email, Set<String> roles, List<String> classes) {
        this(username, displayName, email, roles, classes, List.of(), null);
    }

    /**
     * A person with their memberships and the school in hand (if any): their roles are those of that
     * school with the trust roles added.
     */
    static SignedInStaff inSchool(
            String username,
            String displayName,
            String email,
            Set<String> trustRoles,
            List<Membership> memberships,
            @Nullable SchoolId school) {
        var membership = school == null
                ? null
                : memberships.stream()
                        .filter(m -> m.school().equals(school))
                        .findFirst()
                        .orElseThrow(
                                () -> new IllegalArgumentException(username + " holds no role in school " + school));
        var roles = new LinkedHashSet<String>();
        if (membership != null) {
            roles.addAll(membership.roles());
        }
        roles.addAll(trustRoles);
        return new SignedInStaff(
                username,
                displayName,
                email,
                roles,
                membership == null ? List.of() : membership.classes(),
                memberships,
                school);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Whether the person works in this school (a trust role works in every school). */
    public boolean holds(SchoolId school) {
        return memberships.stream().anyMatch(m -> m.school().equals(school));
    }

    /** Whether the person has a choice of school to make. */
    public boolean worksInSeveralSchools() {
        return memberships.size() > 1;
    }

    /** What the person holds in this school, if they work there. */
    public Optional<Membership> membership(SchoolId school) {
        return memberships.stream().filter(m -> m.school().equals(school)).findFirst();
    }

    /** The same person with another of their schools in hand. */
    public SignedInStaff withSchoolInHand(SchoolId school) {
        if (!holds(school)) {
            throw new IllegalArgumentException(username + " holds no role in school " + school);
        }
        return inSchool(username, displayName, email, Roles.trust(roles), memberships, school);
    }

    /**
     * The same person working in one more school with no role of its own there: a trust role's, for a
     * school added to the trust since they signed in.
     */
    SignedInStaff withTrustMembership(SchoolId school) {
        if (Roles.trust(roles).isEmpty()) {
            throw new IllegalArgumentException(username + " holds no trust role");
        }
        var all = new ArrayList<Membership>(memberships);
        all.add(new Membership(school, Set.of(), List.of()));
        return new SignedInStaff(username, displayName, email, roles, classes, all, schoolInHand);
    }

    /** The same person with no school in hand: only their trust roles count. */
    public SignedInStaff withoutSchoolInHand() {
        return inSchool(username, displayName, email, Roles.trust(roles), memberships, null);
    }

    /** The signed-in person, if any. */
    public static Optional<SignedInStaff> current() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Who to record as the author of a change: the signed-in person, else the portal itself. */
    public static SignedInStaff currentAuthor() {
        return current().orElseGet(() -> new SignedInStaff(SYSTEM, "Safepost", "", Set.of(), List.of()));
    }

    static Optional<SignedInStaff> from(@Nullable Authentication authentication) {
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
        var held = new LinkedHashSet<String>(Roles.effective(roles));
        held.addAll(Roles.trust(roles));
        return Optional.of(new SignedInStaff(name, name, "", held, List.of()));
    }
}
