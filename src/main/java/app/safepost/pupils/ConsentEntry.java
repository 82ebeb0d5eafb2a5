package app.safepost.pupils;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One decision in a pupil's image-consent history.
 *
 * @param recordedBy the member of staff, or the parent's name as given on the online form
 */
public record ConsentEntry(
        String purpose,
        boolean consent,
        ConsentSource source,
        @Nullable LocalDate recordedOn,
        @Nullable LocalDate expiresOn,
        String recordedBy,
        Instant recordedAt,
        @Nullable String note) {}
