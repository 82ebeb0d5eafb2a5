package app.safepost.policies;

import java.util.UUID;

/** Identifies one comment (or reply) on a review. */
public record CommentId(UUID value) {}
