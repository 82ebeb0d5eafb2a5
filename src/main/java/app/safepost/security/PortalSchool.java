package app.safepost.security;

import org.jspecify.annotations.Nullable;

/**
 * A school of the portal as sign-in sees it.
 *
 * @param urn the school's Unique Reference Number, the key of the {@code schools} claim; none for the
 *            school of a portal that served one school before it became a trust's
 */
public record PortalSchool(SchoolId id, @Nullable String urn, String name) {}
