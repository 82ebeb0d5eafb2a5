package app.safepost.accounts;

import app.safepost.accounts.domain.SocialAccountRepository;
import app.safepost.accounts.domain.TripDelegation;
import app.safepost.accounts.domain.TripDelegationRepository;
import app.safepost.common.SchoolTime;
import app.safepost.notifications.Notice;
import app.safepost.notifications.Notices;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.StaffSummary;
import app.safepost.security.Roles;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the delegate and SLT when a trip delegation starts and when it ends or is revoked (P2), so
 * nobody runs the whole-school account without knowing it and SLT know when to review the trip's
 * posts. Each start and end is announced once, even with several portal instances.
 */
@Service
public class TripDelegationNotices {

    private final TripDelegationRepository delegations;
    private final SocialAccountRepository accounts;
    private final SchoolDirectory directory;
    private final Notices notices;
    private final Clock clock;

    TripDelegationNotices(
            TripDelegationRepository delegations,
            SocialAccountRepository accounts,
            SchoolDirectory directory,
            Notices notices,
            Clock clock) {
        this.delegations = delegations;
        this.accounts = accounts;
        this.directory = directory;
        this.notices = notices;
        this.clock = clock;
    }

    /** Announces every start and end that is due; returns how many delegations were announced. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public int announceDue() {
        var now = clock.instant();
        var due = delegations.lockDueAnnouncements(now);
        for (var delegation : due) {
            if (delegation.endDueAt(now)) {
                announceEnd(delegation);
                delegation.startAnnounced(now);
                delegation.endAnnounced(now);
            } else if (delegation.startDueAt(now)) {
                announceStart(delegation);
                delegation.startAnnounced(now);
            }
        }
        return due.size();
    }

    private void announceStart(TripDelegation d) {
        var handle = handleOf(d);
        var until = SchoolTime.dateTime(d.getEndsAt());
        notices.toStaff(
                List.of(d.getDelegateUsername()),
                new Notice(
                        "Your trip delegation has started",
                        "You are running " + handle + " for " + d.getTripName() + " until " + until
                                + ". Every post you make"
                                + " under it is reviewed by the senior leadership team after the trip.",
                        "post"));
        notices.toRole(
                Roles.SLT,
                new Notice(
                        "Trip delegation started: " + d.getTripName(),
                        nameOf(d) + " is running " + handle + " for " + d.getTripName() + " until " + until + ".",
                        "trip-delegations"));
    }

    private void announceEnd(TripDelegation d) {
        var handle = handleOf(d);
        var what = d.getRevokedAt() != null ? "was revoked" : "has ended";
        notices.toStaff(
                List.of(d.getDelegateUsername()),
                new Notice(
                        "Your trip delegation " + what,
                        "Your delegation to run " + handle + " for " + d.getTripName() + " " + what
                                + ". You can no longer" + " post to " + handle + ".",
                        null));
        notices.toRole(
                Roles.SLT,
                new Notice(
                        "Trip delegation " + what + ": " + d.getTripName(),
                        nameOf(d) + "'s delegation to run " + handle + " for " + d.getTripName() + " " + what
                                + ". Review the posts made under it.",
                        "trip-delegations"));
    }

    private String handleOf(TripDelegation d) {
        return accounts.findById(d.getAccountId()).map(a -> a.getHandle()).orElse("the account");
    }

    private String nameOf(TripDelegation d) {
        return directory
                .staffMember(d.getDelegateUsername())
                .map(StaffSummary::displayName)
                .orElse(d.getDelegateUsername());
    }
}
