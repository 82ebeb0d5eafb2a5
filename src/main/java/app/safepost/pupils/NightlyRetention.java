package app.safepost.pupils;

import app.safepost.database.PortalInstances;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the retention period every night, as the portal itself in each school, once a night in each
 * school however many portal instances run.
 */
@Component
class NightlyRetention {

    private final PupilRetention retention;
    private final PortalInstances instances;

    NightlyRetention(PupilRetention retention, PortalInstances instances) {
        this.retention = retention;
        this.instances = instances;
    }

    @Scheduled(cron = "${safepost.pupils.retention-cron:0 45 1 * * *}", zone = "Europe/London")
    void run() {
        instances.oncePerDayInEachSchool("retention", retention::pseudonymiseExpired);
    }
}
