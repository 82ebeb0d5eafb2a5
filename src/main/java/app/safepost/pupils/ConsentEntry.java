package app.safepost.pupils;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One decision in a pupil's image-consent history. */
public record ConsentEntry(boolean consent, ConsentSource source, @Nullable LocalDate recordedOn, String recordedBy,
                           Instant recordedAt, @Nullable String note) {
}
