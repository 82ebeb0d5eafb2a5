package app.safepost.pupils;

import app.safepost.security.PortalTask;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Applies the retention period every night, as the portal itself. */
@Component
class NightlyRetention {

    private final PupilRetention retention;

    NightlyRetention(PupilRetention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${safepost.pupils.retention-cron:0 45 1 * * *}", zone = "Europe/London")
    void run() {
        PortalTask.runAsSystem(retention::pseudonymiseExpired);
    }
}
