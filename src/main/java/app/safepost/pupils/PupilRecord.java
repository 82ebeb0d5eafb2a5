package app.safepost.pupils;

import app.safepost.school.ClassId;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A pupil's full record, for the office and SLT only.
 *
 * @param imageConsent      a yes that holds today for every social-media purpose (what a single yes
 *                          or no was before purposes)
 * @param consentRecordedOn the latest day one of the social-media answers was given
 * @param consentSource     where that answer came from
 * @param consents          every recorded answer by purpose, and the never-publish flag
 * @param parentEmails      the parents' addresses for the online consent form, at most two
 */
public record PupilRecord(
        PupilId id,
        String upn,
        String firstName,
        String surname,
        @Nullable String preferredName,
        ClassId classId,
        String className,
        boolean imageConsent,
        @Nullable LocalDate consentRecordedOn,
        @Nullable ConsentSource consentSource,
        boolean archived,
        long version,
        PupilConsents consents,
        List<String> parentEmails) {

    public PupilRecord {
        parentEmails = List.copyOf(parentEmails);
    }

    public String fullName() {
        return firstName + " " + surname;
    }

    public boolean neverPublish() {
        return consents.neverPublish();
    }
}
