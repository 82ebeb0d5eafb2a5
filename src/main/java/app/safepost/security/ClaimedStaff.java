package app.safepost.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person as their sign-in describes them, before their schools are matched to the portal's.
 *
 * @param trustRoles   the trust roles among their realm roles
 * @param realmRoles   their school roles among their realm roles: a one-school realm's way
 * @param realmClasses the {@code classes} claim: a one-school realm's way
 * @param schools      the {@code schools} claim by URN; {@code null} when the token has none (a
 *                     one-school realm), empty when it has one that could not be read
 */
record ClaimedStaff(
        String username,
        String displayName,
        String email,
        Set<String> trustRoles,
        Set<String> realmRoles,
        List<String> realmClasses,
        @Nullable Map<String, ClaimedSchool> schools) {

    ClaimedStaff {
        trustRoles = Set.copyOf(trustRoles);
        realmRoles = Set.copyOf(realmRoles);
        realmClasses = List.copyOf(realmClasses);
        schools = schools == null ? null : Map.copyOf(schools);
    }

    /** One school's entry of the {@code schools} claim. */
    record ClaimedSchool(List<String> roles, List<String> classes) {
        ClaimedSchool {
            roles = List.copyOf(roles);
            classes = List.copyOf(classes);
        }
    }
}
