package app.safepost.moderation.domain;

import app.safepost.database.CountedChanges;
import app.safepost.pupils.PupilRecord;
import app.safepost.pupils.PupilRoster;
import app.safepost.security.PortalTask;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.util.ArrayList;
import org.springframework.stereotype.Component;

/**
 * The roster's names as a {@link NameMask}, rebuilt after each roster change the database counted,
 * whichever portal instance made it (docs/decisions/0019-counted-changes.md). The roster is read by
 * the portal itself on a thread of its own (a governor may not read it, and a screen's request thread
 * carries the signed-in person's security context).
 */
@Component
public class RosterNames {

    private final PupilRoster roster;
    private final CountedChanges changes;
    private volatile Masked masked;

    private record Masked(NameMask mask, long changes) {
    }

    RosterNames(PupilRoster roster, CountedChanges changes) {
        this.roster = roster;
        this.changes = changes;
    }

    public NameMask mask() {
        // Counted before the roster is read: a change committed meanwhile makes the next reader build it again.
        long counted = changes.rosterAndPostingRules();
        var current = masked;
        if (current != null && current.changes() == counted) {
            return current.mask();
        }
        synchronized (this) {
            if (masked == null || masked.changes() != counted) {
                var names = new ArrayList<String>();
                for (PupilRecord pupil : read()) {
                    names.add(pupil.firstName());
                    names.add(pupil.surname());
                    names.add(pupil.preferredName());
                }
                masked = new Masked(NameMask.of(names), counted);
            }
            return masked.mask();
        }
    }

    /**
     * The mask for whoever is signed in: governors and the trust's roles who are not also SLT read
     * pupils' names masked; everyone else reads what was written.
     */
    public NameMask forReader() {
        var staff = SignedInStaff.current().orElseThrow();
        var withoutNames = staff.hasRole(Roles.GOVERNOR) || !Roles.trust(staff.roles()).isEmpty();
        return withoutNames && !staff.hasRole(Roles.SLT) ? mask() : NameMask.none();
    }

    private java.util.List<PupilRecord> read() {
        return PortalTask.runAsSystemApart(() -> roster.records(true));
    }
}
