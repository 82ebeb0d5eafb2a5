package app.safepost.pupils;

import app.safepost.school.ClassId;
import org.jspecify.annotations.Nullable;

/**
 * A pupil as their teachers and TAs see them: first name, preferred name, initials and whether they
 * may be photographed. Never the surname (P12: first name and surname are never shown together).
 */
public record ClassPupil(PupilId id, String firstName, @Nullable String preferredName, String initials,
                         boolean imageConsent, ClassId classId, String className) {

    /** The name staff call the pupil by. */
    public String knownAs() {
        return preferredName == null ? firstName : preferredName;
    }
}
