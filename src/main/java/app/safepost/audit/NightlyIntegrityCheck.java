package app.safepost.audit;

import app.safepost.database.PortalInstances;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks each school's revision chain every night as the portal itself in that school, once a night in
 * each school however many portal instances run, and anchors its head when it is intact: the links
 * after the latest anchor, and the whole chain once a week ({@link IntegrityCheck#checkNightAndAnchor});
 * an altered trail is logged as an error and SLT are told.
 */
@Component
class NightlyIntegrityCheck {

    private final IntegrityCheck check;
    private final PortalInstances instances;

    NightlyIntegrityCheck(IntegrityCheck check, PortalInstances instances) {
        this.check = check;
        this.instances = instances;
    }

    @Scheduled(cron = "${safepost.audit.integrity-check-cron:0 15 2 * * *}", zone = "Europe/London")
    void run() {
        instances.oncePerDayInEachSchool("integrity-check", check::checkNightAndAnchor);
    }
}
