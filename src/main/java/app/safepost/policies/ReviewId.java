package app.safepost.policies;

import java.util.UUID;

/** Identifies one review of a policy. */
public record ReviewId(UUID value) {}
