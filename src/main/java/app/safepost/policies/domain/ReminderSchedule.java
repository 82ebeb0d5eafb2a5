package app.safepost.policies.domain;

import app.safepost.database.PortalInstances;
import app.safepost.policies.PolicyReminders;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the policy reminders each morning at 07:30, school time, as the portal itself in each school;
 * once a day in each school however many portal instances run.
 */
@Component
class ReminderSchedule {

    private final PolicyReminders reminders;
    private final PortalInstances instances;

    ReminderSchedule(PolicyReminders reminders, PortalInstances instances) {
        this.reminders = reminders;
        this.instances = instances;
    }

    @Scheduled(cron = "${safepost.policies.reminder-cron:0 30 7 * * *}", zone = "Europe/London")
    void sendReminders() {
        instances.oncePerDayInEachSchool("policy-reminders", reminders::sendDue);
    }
}
