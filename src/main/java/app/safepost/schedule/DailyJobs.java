package app.safepost.schedule;

import app.safepost.audit.IntegrityCheck;
import app.safepost.backups.Backups;
import app.safepost.common.SchoolTime;
import app.safepost.database.PortalInstances;
import app.safepost.moderation.FollowerRegister;
import app.safepost.policies.PolicyReminders;
import app.safepost.pupils.ConsentExpiries;
import app.safepost.pupils.PupilRetention;
import app.safepost.security.PortalTask;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * The jobs the portal runs by the clock, in the order they run, each at its time in {@link JobTimes}
 * (school time). A job runs once a day however many portal instances run it: once for the whole portal
 * (the backup), once in each school, or, for the follower synchronisation, on every instance with each
 * account's claim making it once.
 */
@Component
class DailyJobs implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DailyJobs.class);

    /** One job: the name it is claimed and logged under, when it runs, and what it does. */
    record DailyJob(String name, String cron, Runnable work) {

        boolean switchedOff() {
            return ScheduledTaskRegistrar.CRON_DISABLED.equals(cron);
        }
    }

    private final JobTimes times;
    private final PortalInstances instances;
    private final Backups backups;
    private final ConsentExpiries expiries;
    private final PupilRetention retention;
    private final IntegrityCheck integrity;
    private final FollowerRegister followers;
    private final PolicyReminders policyReminders;

    DailyJobs(
            JobTimes times,
            PortalInstances instances,
            Backups backups,
            ConsentExpiries expiries,
            PupilRetention retention,
            IntegrityCheck integrity,
            FollowerRegister followers,
            PolicyReminders policyReminders) {
        this.times = times;
        this.instances = instances;
        this.backups = backups;
        this.expiries = expiries;
        this.retention = retention;
        this.integrity = integrity;
        this.followers = followers;
        this.policyReminders = policyReminders;
    }

    /** Every job, in the order they run on a Monday. */
    List<DailyJob> jobs() {
        return List.of(
                new DailyJob("backup", times.backup(), this::backUp),
                onceInEachSchool("consent-expiry", times.consentExpiry(), expiries::followUpExpired),
                onceInEachSchool("retention", times.retention(), retention::pseudonymiseExpired),
                onceInEachSchool("integrity-check", times.integrityCheck(), integrity::checkNightAndAnchor),
                new DailyJob("follower-sync", times.followerSync(), this::synchroniseFollowers),
                onceInEachSchool("consent-expiry-reminder", times.consentReminder(), expiries::remindOfficeOfExpiring),
                onceInEachSchool("policy-reminders", times.policyReminders(), policyReminders::sendDue));
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        for (var job : jobs()) {
            if (!job.switchedOff()) {
                registrar.addCronTask(new CronTask(job.work(), new CronTrigger(job.cron(), SchoolTime.ZONE)));
            }
        }
    }

    private void backUp() {
        PortalTask.runAsSystem(() -> {
            backups.backUpTonight();
            return null;
        });
    }

    /** A job each school runs once a day, as the portal itself with that school in hand. */
    private DailyJob onceInEachSchool(String name, String cron, Runnable work) {
        return new DailyJob(name, cron, () -> instances.oncePerDayInEachSchool(name, work));
    }

    /** Every instance runs it; the claim each account's synchronisation takes makes it happen once a day. */
    private void synchroniseFollowers() {
        instances.inEachSchool("Nightly follower synchronisation", school -> {
            try {
                var done = followers.synchroniseNightly();
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
