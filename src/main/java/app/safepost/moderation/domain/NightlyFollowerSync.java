package app.safepost.moderation.domain;

import app.safepost.moderation.FollowerRegister;
import app.safepost.security.PortalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Synchronises the follower register with the platforms every night as the portal itself. Every
 * instance runs it; the claim each account's synchronisation takes makes it happen once a day.
 */
@Component
class NightlyFollowerSync {

    private static final Logger log = LoggerFactory.getLogger(NightlyFollowerSync.class);

    private final FollowerRegister register;

    NightlyFollowerSync(FollowerRegister register) {
        this.register = register;
    }

    @Scheduled(cron = "${safepost.moderation.follower-sync-cron:0 30 3 * * *}", zone = "Europe/London")
    void run() {
        try {
            var done = PortalTask.runAsSystem(register::synchroniseNightly);
            log.info("Nightly follower synchronisation: {} account(s) recorded by this instance", done.size());
        } catch (RuntimeException e) {
            log.warn("Nightly follower synchronisation stopped: {}", e.toString());
        }
    }
}
