package app.safepost.policies;

import org.jspecify.annotations.Nullable;

/**
 * A clause of the social-media policy (P1–P17 of the design) and the part of the portal that enforces
 * it; {@code route} is the screen where its settings are, or null where the feature is still to come.
 */
public record PolicyClause(
        String id,
        String clause,
        String enforcedBy,
        @Nullable String route) {}
