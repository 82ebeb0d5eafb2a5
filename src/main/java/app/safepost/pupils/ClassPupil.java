package app.safepost.pupils;

import app.safepost.school.ClassId;
import org.jspecify.annotations.Nullable;

/**
 * A pupil as their teachers and TAs see them: names, initials and whether they may be photographed.
 * Staff who hold the pupil's class read the full name (they hold it in the register anyway), so that
 * they tag the right one of two pupils with the same first name; the surname is left out for a reader
 * who may not read pupils' names at all (a teacher who is also a governor), who gets first name and
 * initials (docs/decisions/0035-full-names-for-the-class.md).
 *
 * @param surname      null for a reader who may not read pupils' names
 * @param imageConsent whether the pupil may appear uncovered in a photo for the purpose the list was
 *                     read for (a yes that has not expired, and not flagged "never publish")
 * @param neverPublish the pupil may not appear in any post, covered or not
 */
public record ClassPupil(
        PupilId id,
        String firstName,
        @Nullable String preferredName,
        @Nullable String surname,
        String initials,
        boolean imageConsent,
        ClassId classId,
        String className,
        boolean neverPublish) {

    /** The name staff call the pupil by. */
    public String knownAs() {
        return preferredName == null ? firstName : preferredName;
    }

    /** "Jo Bloggs" for those who hold the class; "Jo (JB)" for a reader who may not read names. */
    public String shownAs() {
        return surname == null ? knownAs() + " (" + initials + ")" : knownAs() + " " + surname;
    }
}
