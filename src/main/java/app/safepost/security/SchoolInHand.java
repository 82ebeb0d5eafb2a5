package app.safepost.security;

import java.util.Optional;

/**
 * The school the current request, screen or job is about: the one place that says it. On a screen it
 * is the school chosen at sign-in or in the header; for an API call, the one the
 * {@code Safepost-School} header names (or the caller's only school); for the portal's own work, the
 * school given to {@link PortalTask#runAsSystemIn}. The roles the security context holds are the
 * roles in this school (and the trust's), so every {@code @PreAuthorize} and {@code @RolesAllowed}
 * means "in this school".
 */
public final class SchoolInHand {

    private SchoolInHand() {}

    /** The school in hand on this thread, if any. */
    public static Optional<SchoolId> current() {
        return SignedInStaff.current().map(SignedInStaff::schoolInHand);
    }

    /** The school in hand; for work that makes no sense without one. */
    public static SchoolId required() {
        return current().orElseThrow(NoSchoolInHand::new);
    }

    /** Work that needs a school was asked for with none in hand. */
    public static final class NoSchoolInHand extends IllegalStateException {
        public NoSchoolInHand() {
            super("No school is in hand: sign in to a school, or run the work in one (PortalTask.runAsSystemIn).");
        }
    }
}
