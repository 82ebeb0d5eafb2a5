package app.safepost.security;

import java.util.List;

/**
 * A member of staff of one demo school, with their roles and classes there: the same people as the
 * demo Keycloak realm. Read by the demo school loader; the local demo sign-in reads {@link DemoPerson}.
 */
public record DemoStaff(String username, String displayName, String email, List<String> roles, List<String> classes) {

    public DemoStaff {
        roles = List.copyOf(roles);
        classes = List.copyOf(classes);
    }

    /** The demo school's staff: Jesse Gray's own and the trust's people who work there too. */
    public static List<DemoStaff> load() {
        return of(DemoSchool.JESSE_GRAY_URN);
    }

    /** The staff of the demo school with this URN. */
    public static List<DemoStaff> of(String urn) {
        return DemoPerson.everyone().stream()
                .filter(p -> p.bySchool().containsKey(urn))
                .map(p -> p.bySchool().get(urn))
                .toList();
    }
}
