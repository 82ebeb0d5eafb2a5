package app.safepost.policies;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Whether one member of staff has confirmed the adopted version of a policy (P8). */
public record AcknowledgementStatus(
        String username,
        String displayName,
        String roles,
        @Nullable Instant confirmedAt) {

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
