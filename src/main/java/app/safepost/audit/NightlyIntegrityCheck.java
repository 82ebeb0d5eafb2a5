package app.safepost.audit;

import app.safepost.security.PortalTask;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Checks the whole revision chain every night as the portal itself; a broken link is logged as an error. */
@Component
class NightlyIntegrityCheck {

    private final IntegrityCheck check;

    NightlyIntegrityCheck(IntegrityCheck check) {
        this.check = check;
    }

    @Scheduled(cron = "${safepost.audit.integrity-check-cron:0 15 2 * * *}", zone = "Europe/London")
    void run() {
        PortalTask.runAsSystem(check::checkChain);
    }
}
