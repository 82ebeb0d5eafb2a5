package app.safepost.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.common.SchoolTime;
import app.safepost.testing.SafepostTest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.SimpleTriggerContext;

@SafepostTest
class DailyJobsTest {

    @Autowired
    DailyJobs dailyJobs;

    @Autowired
    ScheduledTaskHolder scheduler;

    @Test
    void the_daily_jobs_are_listed_in_the_order_they_run_on_a_monday() {
        var mondayMidnight = ZonedDateTime.of(LocalDate.of(2026, 12, 7), LocalTime.MIDNIGHT, SchoolTime.ZONE);
        var jobs = dailyJobs.jobs();

        assertThat(jobs)
                .extracting(DailyJobs.DailyJob::name)
                .containsExactly(
                        "backup",
                        "consent-expiry",
                        "retention",
                        "integrity-check",
                        "follower-sync",
                        "consent-expiry-reminder",
                        "policy-reminders");
        assertThat(jobs)
                .extracting(job -> CronExpression.parse(job.cron()).next(mondayMidnight))
                .allSatisfy(next -> assertThat(next.toLocalDate()).isEqualTo(mondayMidnight.toLocalDate()))
                .isSortedAccordingTo(Comparator.naturalOrder())
                .doesNotHaveDuplicates();
    }

    /** In July the school's clock is an hour ahead of UTC, so a job scheduled in UTC would fire an hour late. */
    @Test
    void every_daily_job_is_scheduled_at_its_time_in_school_time() {
        var julyMidnight = ZonedDateTime.of(LocalDate.of(2026, 7, 6), LocalTime.MIDNIGHT, SchoolTime.ZONE);
        var afterMidnight = new SimpleTriggerContext(null, null, julyMidnight.toInstant());
        var scheduled = scheduler.getScheduledTasks().stream()
                .map(task -> task.getTask())
                .filter(task -> task instanceof CronTask)
                .map(task -> (CronTrigger) ((CronTask) task).getTrigger())
                .toList();

        assertThat(dailyJobs.jobs())
                .allSatisfy(job -> assertThat(scheduled).as(job.name()).anySatisfy(trigger -> {
                    assertThat(trigger.getExpression()).isEqualTo(job.cron());
                    assertThat(trigger.nextExecution(afterMidnight))
                            .isEqualTo(CronExpression.parse(job.cron())
                                    .next(julyMidnight)
                                    .toInstant());
                }));
        assertThat(dailyJobs.jobs())
                .extracting(DailyJobs.DailyJob::cron)
                .contains("0 0 1 * * *", "0 15 2 * * *", "0 0 7 * * MON");
    }
}
