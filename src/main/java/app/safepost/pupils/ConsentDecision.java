package app.safepost.pupils;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An image-consent decision the office records by hand (a GDPR form came back, a parent asked). */
public record ConsentDecision(
        boolean consent,
        @NotNull(message = "Choose where the decision came from.")
        ConsentSource source,
        @NotNull(message = "Enter the date the decision was recorded.")
        @PastOrPresent(message = "The date cannot be in the future.")
        LocalDate recordedOn,
        @Size(max = 500, message = "The note can be at most 500 characters.")
        @Nullable String note) {
}
