package app.safepost.security;

import java.util.Set;

/** Who may open a screen, as the screen access matrix says, for tests outside this package. */
public final class ScreenAccess {

    private ScreenAccess() {}

    /** Every route template of the portal behind sign-in. */
    public static java.util.List<String> routes() {
        return java.util.List.copyOf(ScreenAccessMatrix.MATRIX.keySet());
    }

    /** The demo users who may open the route template (empty for an unknown route). */
    public static Set<String> allowed(String routeTemplate) {
        return ScreenAccessMatrix.MATRIX.getOrDefault(routeTemplate, Set.of());
    }
}
