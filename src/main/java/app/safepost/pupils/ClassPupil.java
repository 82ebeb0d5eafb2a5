package app.safepost.pupils;

import app.safepost.school.ClassId;
import org.jspecify.annotations.Nullable;

/**
 * A pupil as their teachers and TAs see them: first name, preferred name, initials and whether they
 * may be photographed. Never the surname (P12: first name and surname are never shown together).
 *
 * @param imageConsent whether the pupil may appear uncovered in a photo for the purpose the list was
 *                     read for (a yes that has not expired, and not flagged "never publish")
 * @param neverPublish the pupil may not appear in any post, covered or not
 */
public record ClassPupil(PupilId id, String firstName, @Nullable String preferredName, String initials,
                         boolean imageConsent, ClassId classId, String className, boolean neverPublish) {

    /** The name staff call the pupil by. */
    public String knownAs() {
        return preferredName == null ? firstName : preferredName;
    }
}
