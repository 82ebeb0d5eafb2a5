package app.safepost.policies.domain;

import app.safepost.policies.PolicyReminders;
import app.safepost.security.PortalTask;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the policy reminders each morning at 07:30, school time, as the portal itself. */
@Component
class ReminderSchedule {

    private final PolicyReminders reminders;

    ReminderSchedule(PolicyReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${safepost.policies.reminder-cron:0 30 7 * * *}", zone = "Europe/London")
    void sendReminders() {
        PortalTask.runAsSystem(reminders::sendDue);
    }
}
