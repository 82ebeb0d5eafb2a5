package app.safepost.pupils;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An image-consent decision the office records by hand (a paper form came back, a parent asked).
 *
 * @param purpose   the purpose's code; null for every social-media purpose at once, as a single
 *                  yes or no was before purposes
 * @param expiresOn the last day a yes holds; null for the school's default
 */
public record ConsentDecision(
        @Nullable String purpose,
        boolean consent,

        @NotNull(message = "Choose where the decision came from.")
        ConsentSource source,

        @NotNull(message = "Enter the date the decision was given.")
        @PastOrPresent(message = "The date cannot be in the future.")
        LocalDate recordedOn,

        @Nullable LocalDate expiresOn,

        @Size(max = 500, message = "The note can be at most 500 characters.") @Nullable
        String note) {

    /** A decision for every social-media purpose, expiring as the school's default says. */
    public ConsentDecision(boolean consent, ConsentSource source, LocalDate recordedOn, @Nullable String note) {
        this(null, consent, source, recordedOn, null, note);
    }

    @AssertTrue(message = "A consent cannot expire before the day it was given.")
    boolean isExpiryAfterGiven() {
        return expiresOn == null || recordedOn == null || !expiresOn.isBefore(recordedOn);
    }
}
