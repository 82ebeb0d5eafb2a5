package app.safepost.pupils;

import app.safepost.database.PortalInstances;
import app.safepost.security.PortalTask;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Follows up expired consents every night and reminds the office weekly, once however many instances run. */
@Component
class NightlyConsentExpiry {

    private final ConsentExpiries expiries;
    private final PortalInstances instances;

    NightlyConsentExpiry(ConsentExpiries expiries, PortalInstances instances) {
        this.expiries = expiries;
        this.instances = instances;
    }

    @Scheduled(cron = "${safepost.pupils.consent-expiry-cron:0 20 1 * * *}", zone = "Europe/London")
    void followUp() {
        instances.oncePerDay("consent-expiry", () -> PortalTask.runAsSystem(expiries::followUpExpired));
    }

    @Scheduled(cron = "${safepost.pupils.consent-reminder-cron:0 0 7 * * MON}", zone = "Europe/London")
    void remindOffice() {
        instances.oncePerDay("consent-expiry-reminder", () -> PortalTask.runAsSystem(expiries::remindOfficeOfExpiring));
    }
}
