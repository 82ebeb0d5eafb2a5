package app.safepost.pupils;

import app.safepost.security.Roles;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster's part of a subject access request: the pupil's record, its history and every consent
 * decision, for SLT and the data protection officer. The request is answered by a module that gathers
 * each module's part; this one holds nothing of drafts, posts or incidents.
 */
@Service
public class PupilHoldings {

    private final PupilRoster roster;
    private final ConsentRegister consents;

    PupilHoldings(PupilRoster roster, ConsentRegister consents) {
        this.roster = roster;
        this.consents = consents;
    }

    /** Everything the roster holds about the pupil with this UPN in the school in hand; empty if none. */
    @PreAuthorize(Roles.IS_SLT_OR_DPO)
    @Transactional(readOnly = true)
    public Optional<PupilHeld> heldAbout(String upn) {
        return roster.recordByUpn(upn)
                .map(record -> new PupilHeld(record, roster.history(record.id()), consents.history(record.id())));
    }
}
