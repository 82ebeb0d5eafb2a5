package app.safepost.publishing;

import java.time.Instant;
import java.util.UUID;

/** SLT deleted a published post from the platform, or from the sandbox ({@code practice}). */
public record PostTakenDown(UUID reference, String by, String reason, Instant at, boolean practice) {}
