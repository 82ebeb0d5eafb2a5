package app.safepost.policies;

import java.util.UUID;

/** Identifies a policy in the library, whatever its version. */
public record PolicyId(UUID value) {}
