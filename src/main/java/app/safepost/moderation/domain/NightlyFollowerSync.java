package app.safepost.moderation.domain;

import app.safepost.database.PortalInstances;
import app.safepost.moderation.FollowerRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Synchronises the follower register with the platforms every night as the portal itself, school by
 * school. Every instance runs it; the claim each account's synchronisation takes makes it happen once a day.
 */
@Component
class NightlyFollowerSync {

    private static final Logger log = LoggerFactory.getLogger(NightlyFollowerSync.class);

    private final FollowerRegister register;
    private final PortalInstances instances;

    NightlyFollowerSync(FollowerRegister register, PortalInstances instances) {
        this.register = register;
        this.instances = instances;
    }

    @Scheduled(cron = "${safepost.moderation.follower-sync-cron:0 30 3 * * *}", zone = "Europe/London")
    void run() {
        instances.inEachSchool("Nightly follower synchronisation", school -> {
            try {
                var done = register.synchroniseNightly();
                log.info(
                        "Nightly follower synchronisation in school {}: {} account(s) recorded by this instance",
                        school,
                        done.size());
            } catch (RuntimeException e) {
                log.warn("Nightly follower synchronisation in school {} stopped: {}", school, e.toString());
            }
        });
    }
}
