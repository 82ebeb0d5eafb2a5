/**
 * When the portal's own jobs run. Every job that runs at a time of day (the night's backup, follow-ups,
 * retention, the integrity check, the follower synchronisation, the morning reminders) is listed in
 * {@link app.safepost.schedule.DailyJobs} in the order it runs, with its time from
 * {@link app.safepost.schedule.JobTimes}; what each job does stays behind its module's public service.
 * Work that drains a queue every minute or so (the e-mail outbox, trip delegation notices, photo analysis,
 * publishing) stays with its queue (docs/decisions/0040-one-list-of-the-daily-jobs.md).
 */
@ApplicationModule(displayName = "Schedule")
@NullMarked
package app.safepost.schedule;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
