package app.safepost.shell;

import app.safepost.approval.ReviewQueue;
import app.safepost.drafting.Drafts;
import app.safepost.moderation.FollowExceptions;
import app.safepost.moderation.FollowerRegister;
import app.safepost.moderation.Incidents;
import app.safepost.notifications.Notices;
import app.safepost.policies.Acknowledgements;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for the signed-in person, per screen, for the navigation's counts: posts to review, open
 * incidents, flagged followers and follow requests for SLT; drafts sent back to their author; unread
 * notices; policies to read and confirm. Only what the person's roles let them act on, as each
 * service's own check allows. Read in one read-only transaction on each navigation: the counts are of one
 * moment, and a screen opens with one transaction for them rather than seven.
 */
@Service
public class WaitingCounts {

    private final ReviewQueue reviews;
    private final Drafts drafts;
    private final Notices notices;
    private final Incidents incidents;
    private final FollowerRegister followers;
    private final FollowExceptions follows;
    private final Acknowledgements acknowledgements;

    WaitingCounts(
            ReviewQueue reviews,
            Drafts drafts,
            Notices notices,
            Incidents incidents,
            FollowerRegister followers,
            FollowExceptions follows,
            Acknowledgements acknowledgements) {
        this.reviews = reviews;
        this.drafts = drafts;
        this.notices = notices;
        this.incidents = incidents;
        this.followers = followers;
        this.follows = follows;
        this.acknowledgements = acknowledgements;
    }

    /** Route path → how many things wait there for the person; screens with nothing waiting are left out. */
    @Transactional(readOnly = true)
    public Map<String, Long> forSignedInStaff() {
        var counts = new HashMap<String, Long>();
        var staff = SignedInStaff.current().orElse(null);
        if (staff == null) {
            return counts;
        }
        if (staff.hasRole(Roles.SLT)) {
            counts.put("review", reviews.waiting());
            counts.put("incidents", incidents.openCount());
            counts.put("followers", followers.underReviewCount());
            counts.put("follows", follows.waitingCount());
        }
        if (staff.hasRole(Roles.SLT) || staff.hasRole(Roles.TEACHER) || staff.hasRole(Roles.TEACHING_ASSISTANT)) {
            counts.put("drafts", drafts.sentBackCount());
        }
        counts.put("notices", notices.unreadCount());
        counts.put("policies", (long) acknowledgements.awaitingMine().size());
        counts.values().removeIf(count -> count == 0);
        return counts;
    }
}
