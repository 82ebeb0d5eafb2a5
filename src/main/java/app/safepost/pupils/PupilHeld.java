package app.safepost.pupils;

import app.safepost.audit.RecordRevision;
import java.util.List;

/**
 * What the roster holds about one pupil, for a subject access request.
 *
 * @param rosterHistory  every revision of the pupil's record, oldest first
 * @param consentHistory every consent decision recorded for the pupil, oldest first
 */
public record PupilHeld(PupilRecord record, List<RecordRevision> rosterHistory, List<ConsentEntry> consentHistory) {

    public PupilHeld {
        rosterHistory = List.copyOf(rosterHistory);
        consentHistory = List.copyOf(consentHistory);
    }
}
