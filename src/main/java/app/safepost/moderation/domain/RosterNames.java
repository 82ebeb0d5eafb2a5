package app.safepost.moderation.domain;

import app.safepost.pupils.PupilRecord;
import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.RosterChanged;
import app.safepost.security.PortalTask;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.util.ArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The roster's names as a {@link NameMask}, rebuilt after each roster change. The roster is read by
 * the portal itself on a thread of its own (a governor may not read it, and a screen's request thread
 * carries the signed-in person's security context).
 */
@Component
public class RosterNames {

    private final PupilRoster roster;
    private volatile NameMask mask;

    RosterNames(PupilRoster roster) {
        this.roster = roster;
    }

    public NameMask mask() {
        var current = mask;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (mask == null) {
                var names = new ArrayList<String>();
                for (PupilRecord pupil : read()) {
                    names.add(pupil.firstName());
                    names.add(pupil.surname());
                    names.add(pupil.preferredName());
                }
                mask = NameMask.of(names);
            }
            return mask;
        }
    }

    /**
     * The mask for whoever is signed in: governors who are not also SLT read pupils' names masked;
     * everyone else reads what was written.
     */
    public NameMask forReader() {
        var staff = SignedInStaff.current().orElseThrow();
        return staff.hasRole(Roles.GOVERNOR) && !staff.hasRole(Roles.SLT) ? mask() : NameMask.none();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void rosterChanged(RosterChanged changed) {
        mask = null;
    }

    private java.util.List<PupilRecord> read() {
        return PortalTask.runAsSystemApart(() -> roster.records(true));
    }
}
