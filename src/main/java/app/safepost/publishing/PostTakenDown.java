package app.safepost.publishing;

import java.time.Instant;
import java.util.UUID;

/** SLT deleted a published post from the platform. */
public record PostTakenDown(UUID reference, String by, String reason, Instant at) {
}
