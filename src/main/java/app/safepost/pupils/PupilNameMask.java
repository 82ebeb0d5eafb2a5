package app.safepost.pupils;

import app.safepost.compliance.NameMask;
import app.safepost.compliance.RosterIndex;
import app.safepost.compliance.RosterPupil;
import app.safepost.database.ChangeCounts;
import app.safepost.pupils.domain.PupilRepository;
import app.safepost.school.SchoolProfileService;
import app.safepost.security.PortalTask;
import app.safepost.security.Roles;
import app.safepost.security.SchoolId;
import app.safepost.security.SchoolInHand;
import app.safepost.security.SignedInStaff;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Who may read pupils' names, and the one mask for those who may not (governors, the trust's roles):
 * every screen, export, e-mail and API answer that hands such a reader free text masks it with
 * {@link #forReader()} or, for a message to someone else, {@link #forRoles(Collection)}. The mask is
 * the school in hand's roster's (pupils whose names retention replaced are left out) with the school's
 * own name left alone, one per school, rebuilt after each change the database counted in that school,
 * whichever portal instance made it
 * (docs/decisions/0019-counted-changes.md, 0021-one-name-mask.md).
 */
@Service
public class PupilNameMask {

    private final PupilRepository pupils;
    private final SchoolProfileService school;
    private final ChangeCounts changes;
    /** Each school's mask, as of a count of that school's changes. */
    private final ConcurrentHashMap<SchoolId, Built> built = new ConcurrentHashMap<>();

    private record Built(NameMask mask, long changes) {}

    PupilNameMask(PupilRepository pupils, SchoolProfileService school, ChangeCounts changes) {
        this.pupils = pupils;
        this.school = school;
        this.changes = changes;
    }

    /** Whether the signed-in person may read pupils' names; nobody signed in may not. */
    public boolean mayReadNames() {
        return SignedInStaff.current()
                .map(staff -> Roles.readPupilNames(staff.roles()))
                .orElse(false);
    }

    /** The mask for the signed-in person: {@link NameMask#none()} for those who may read pupils' names. */
    public NameMask forReader() {
        return mayReadNames() ? NameMask.none() : current();
    }

    /** The mask for someone holding these roles, such as the recipient of a notice. */
    public NameMask forRoles(Collection<String> roles) {
        return Roles.readPupilNames(Roles.effective(roles)) ? NameMask.none() : current();
    }

    /** The mask of the school in hand's roster as it is now. */
    public NameMask current() {
        var school = SchoolInHand.required();
        // Counted before the roster is read: a change committed meanwhile makes the next reader build it again.
        long counted = changes.rosterAndPostingRules();
        var current = built.get(school);
        if (current != null && current.changes() == counted) {
            return current.mask();
        }
        synchronized (this) {
            current = built.get(school);
            if (current == null || current.changes() != counted) {
                current = new Built(PortalTask.runAsSystemApart(this::build), counted);
                built.put(school, current);
            }
            return current.mask();
        }
    }

    /**
     * Read by the portal itself on a thread of its own: a screen's request thread carries the
     * signed-in person's security context and transaction.
     */
    private NameMask build() {
        var roster = pupils.findByPseudonymisedOnIsNull().stream()
                .map(p -> new RosterPupil(
                        p.getUpn(), p.getFirstName(), p.getSurname(), p.getPreferredName(), "", false, p.isArchived()))
                .toList();
        return NameMask.of(RosterIndex.build(roster, school.schoolName().orElse(null)));
    }
}
