package app.safepost.accounts.domain;

import app.safepost.accounts.TripDelegationNotices;
import app.safepost.database.PortalInstances;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Announces trip delegations' starts and ends every minute (by default), as the portal itself in each school. */
@Component
class TripDelegationNoticeSchedule {

    private final TripDelegationNotices notices;
    private final PortalInstances instances;

    TripDelegationNoticeSchedule(TripDelegationNotices notices, PortalInstances instances) {
        this.notices = notices;
        this.instances = instances;
    }

    @Scheduled(
            initialDelayString = "${safepost.accounts.delegation-notice-interval:PT1M}",
            fixedDelayString = "${safepost.accounts.delegation-notice-interval:PT1M}")
    void announce() {
        instances.inEachSchool("Trip delegation notices", school -> notices.announceDue());
    }
}
