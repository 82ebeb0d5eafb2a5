package app.safepost.compliance;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One pupil as the checks need them. Archived pupils (left the school) stay in the index: their
 * names are still a child's names, and a photo listing them is an error.
 *
 * @param preferredName the name the pupil goes by (Tom for Thomas), or null
 * @param imageConsent  whether parents gave image-use permission (P14)
 */
public record RosterPupil(String upn, String firstName, String surname, @Nullable String preferredName,
                          String className, boolean imageConsent, boolean archived) {

    public RosterPupil {
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(surname, "surname");
        if (preferredName != null && preferredName.isBlank()) {
            preferredName = null;
        }
        className = className == null ? "" : className;
    }
}
