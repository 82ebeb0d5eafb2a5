package app.safepost.pupils;

import app.safepost.common.SchoolTime;
import app.safepost.notifications.Notice;
import app.safepost.notifications.Notices;
import app.safepost.pupils.domain.ConsentFormAttempts;
import app.safepost.pupils.domain.PupilConsentRepository;
import app.safepost.pupils.domain.PupilRepository;
import app.safepost.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the portal does about consents that expire: the night after a yes's last day it publishes
 * {@link ImageConsentExpired} once (posts showing the pupil are then listed under "Needs action"),
 * and each week it e-mails the office the yeses that expire in the next 30 days. Both run as the
 * portal itself, once across instances (the schedule module's daily jobs).
 */
@Service
public class ConsentExpiries {

    public static final int SOON_DAYS = 30;
    /** Room for the "… and N more" line within a notice's 2,000 characters. */
    private static final int MAX_BODY = 1_940;

    private final PupilConsentRepository consents;
    private final PupilRepository pupils;
    private final ConsentRegister register;
    private final ConsentFormAttempts attempts;
    private final Notices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentExpiries(
            PupilConsentRepository consents,
            PupilRepository pupils,
            ConsentRegister register,
            ConsentFormAttempts attempts,
            Notices notices,
            ApplicationEventPublisher events,
            Clock clock) {
        this.consents = consents;
        this.pupils = pupils;
        this.register = register;
        this.attempts = attempts;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** Publishes {@link ImageConsentExpired} for each yes that expired and was not followed up; how many. */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public int followUpExpired() {
        var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        var expired = consents.expiredNotFollowedUp(today);
        for (var consent : expired) {
            consent.expiryFollowedUp(clock.instant());
            pupils.findById(consent.getPupilId())
                    .filter(p -> !p.isArchived())
                    .ifPresent(pupil -> events.publishEvent(new ImageConsentExpired(
                            new PupilId(pupil.getId()),
                            pupil.getUpn(),
                            consent.getPurposeCode(),
                            consent.getExpiresOn())));
        }
        attempts.forgetOld();
        return expired.size();
    }

    /** E-mails the office (and tells them in the app) which yeses expire in the next 30 days; how many. */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public int remindOfficeOfExpiring() {
        var expiring = register.expiringWithin(SOON_DAYS);
        if (expiring.isEmpty()) {
            return 0;
        }
        var body = new StringBuilder("These photo consents expire in the next " + SOON_DAYS
                + " days. Send the parents a new consent form from the pupil's page or for a whole class.\n\n");
        int listed = 0;
        for (var e : expiring) {
            var line = "- " + e.pupilName() + " (" + e.className() + "): " + e.purposeName() + ", expires "
                    + SchoolTime.date(e.expiresOn()) + "\n";
            // A notice's body holds 2,000 characters; the home page lists them all.
            if (body.length() + line.length() > MAX_BODY) {
                break;
            }
            body.append(line);
            listed++;
        }
        if (listed < expiring.size()) {
            body.append("… and ").append(expiring.size() - listed).append(" more.\n");
        }
        notices.toRole(
                Roles.OFFICE,
                new Notice(
                        expiring.size() + (expiring.size() == 1 ? " photo consent expires" : " photo consents expire")
                                + " in the next " + SOON_DAYS + " days",
                        body.toString(),
                        ""));
        return expiring.size();
    }
}
