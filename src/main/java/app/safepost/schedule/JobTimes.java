package app.safepost.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When each of the portal's daily jobs runs ({@code safepost.schedule.*}; README, "Configuration"): Spring
 * cron expressions (second, minute, hour, day of month, month, day of week) in school time, Europe/London;
 * {@code -} switches a job off. In the order the jobs run on a Monday.
 *
 * @param backup          the night's backup, and on the drill day the restore drill
 * @param consentExpiry   expired consents followed up: posts showing the pupil listed under "Needs action"
 * @param retention       pupils who left longer ago than the retention period pseudonymised
 * @param integrityCheck  each school's revision chain checked, and its head anchored when intact
 * @param followerSync    the follower register synchronised with the platforms
 * @param consentReminder the office told of consents expiring in the next 30 days (weekly)
 * @param policyReminders policy reviews due or overdue and staff yet to acknowledge reminded
 */
@ConfigurationProperties("safepost.schedule")
public record JobTimes(
        @DefaultValue("0 0 1 * * *") String backup,
        @DefaultValue("0 20 1 * * *") String consentExpiry,
        @DefaultValue("0 45 1 * * *") String retention,
        @DefaultValue("0 15 2 * * *") String integrityCheck,
        @DefaultValue("0 30 3 * * *") String followerSync,
        @DefaultValue("0 0 7 * * MON") String consentReminder,
        @DefaultValue("0 30 7 * * *") String policyReminders) {}
