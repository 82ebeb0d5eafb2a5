package app.safepost.notifications.domain;

import app.safepost.database.PortalInstances;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every minute (by default), sends what is due in each school's outbox, school by school. */
@Component
class OutboxSchedule {

    private final Outbox outbox;
    private final PortalInstances instances;

    OutboxSchedule(Outbox outbox, PortalInstances instances) {
        this.outbox = outbox;
        this.instances = instances;
    }

    @Scheduled(
            initialDelayString = "${safepost.notifications.retry-interval:PT1M}",
            fixedDelayString = "${safepost.notifications.retry-interval:PT1M}")
    void deliverOnSchedule() {
        instances.inEachSchool("E-mail outbox", school -> outbox.deliverDue());
    }
}
