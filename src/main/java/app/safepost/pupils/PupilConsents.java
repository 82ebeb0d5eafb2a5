package app.safepost.pupils;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A pupil's recorded answers by purpose code (purposes never asked are absent), and whether the DSL
 * flagged them "never publish". Never the flag's reason.
 */
public record PupilConsents(Map<String, ConsentNow> byPurpose, boolean neverPublish) {

    public static final PupilConsents NONE = new PupilConsents(Map.of(), false);

    public PupilConsents {
        byPurpose = Map.copyOf(byPurpose);
    }

    public @Nullable ConsentNow of(String purpose) {
        return byPurpose.get(purpose);
    }

    /** Where the pupil stands for the purpose on this day. */
    public ConsentState stateOn(String purpose, LocalDate day) {
        var now = byPurpose.get(purpose);
        return now == null ? ConsentState.NOT_ASKED : now.stateOn(day);
    }

    /** Whether the pupil may appear uncovered in a photo for this purpose on this day. */
    public boolean mayAppearFor(String purpose, LocalDate day) {
        return !neverPublish && stateOn(purpose, day).allows();
    }
}
