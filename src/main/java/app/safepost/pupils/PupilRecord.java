package app.safepost.pupils;

import app.safepost.school.ClassId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A pupil's full record, for the office and SLT only. */
public record PupilRecord(PupilId id, String upn, String firstName, String surname, @Nullable String preferredName,
                          ClassId classId, String className, boolean imageConsent,
                          @Nullable LocalDate consentRecordedOn, @Nullable ConsentSource consentSource,
                          boolean archived, long version) {

    public String fullName() {
        return firstName + " " + surname;
    }
}
