package app.safepost.accounts.domain;

import app.safepost.accounts.TripDelegationNotices;
import app.safepost.security.PortalTask;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Announces trip delegations' starts and ends every minute (by default), as the portal itself. */
@Component
class TripDelegationNoticeSchedule {

    private final TripDelegationNotices notices;

    TripDelegationNoticeSchedule(TripDelegationNotices notices) {
        this.notices = notices;
    }

    @Scheduled(initialDelayString = "${safepost.accounts.delegation-notice-interval:PT1M}",
            fixedDelayString = "${safepost.accounts.delegation-notice-interval:PT1M}")
    void announce() {
        PortalTask.runAsSystem(notices::announceDue);
    }
}
