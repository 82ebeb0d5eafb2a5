package app.safepost.compliance;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A purpose a pupil's parents said yes to (the class's account, the whole-school accounts, the
 * website …), by the purpose's code, and the last day the yes holds.
 *
 * @param expiresOn the last day the consent holds; null when it holds until withdrawn or the pupil leaves
 */
public record PurposeConsent(String purpose, @Nullable LocalDate expiresOn) {

    public PurposeConsent {
        Objects.requireNonNull(purpose, "purpose");
    }

    /** Whether the consent still holds on this day: on its expiry date it does, the day after it does not. */
    public boolean holdsOn(LocalDate day) {
        return expiresOn == null || !day.isAfter(expiresOn);
    }

    /** Where a pupil stands for one purpose on one day. */
    public enum Standing {
        GIVEN,
        NOT_GIVEN,
        EXPIRED
    }
}
