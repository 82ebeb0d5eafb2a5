package app.safepost.pupils;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A pupil's recorded answer for one purpose.
 *
 * @param expiresOn  the last day a yes holds; null when it holds until withdrawn or the pupil leaves
 * @param recordedBy the member of staff, or the parent's name as given on the online form
 */
public record ConsentNow(
        String purpose,
        boolean consent,
        @Nullable LocalDate recordedOn,
        @Nullable LocalDate expiresOn,
        ConsentSource source,
        String recordedBy,
        Instant recordedAt,
        @Nullable String note) {

    /** Yes, no or expired on this day: a yes holds on its expiry date and not the day after. */
    public ConsentState stateOn(LocalDate day) {
        if (!consent) {
            return ConsentState.NO;
        }
        return expiresOn != null && day.isAfter(expiresOn) ? ConsentState.EXPIRED : ConsentState.YES;
    }
}
