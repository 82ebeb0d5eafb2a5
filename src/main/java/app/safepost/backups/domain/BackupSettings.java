package app.safepost.backups.domain;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The nightly backups ({@code safepost.backup.*}; README, "Configuration").
 *
 * @param enabled         whether the nightly job backs up at all
 * @param directory       where the backups go (default {@code <data-dir>/backups}); with several portal
 *                        instances, one directory they all reach
 * @param keepDaily       the newest backup of each of this many days is kept
 * @param keepWeekly      the same per week (ISO weeks, Monday first)
 * @param keepMonthly     the same per month
 * @param drillDay        the night the job also runs the restore drill
 * @param warnAfter       how old the last good backup may be before SLT are warned
 * @param toolsDirectory  where pg_dump and pg_restore are; empty: on the PATH
 * @param username        the role the backup and the drill connect as, if not the portal's own (it must
 *                        read every row and may create the scratch database); empty: the portal's
 * @param password        that role's password
 * @param drillDatabase   the scratch database the drill restores into, on the same server (dropped and
 *                        created again each time: never the portal's own)
 */
@ConfigurationProperties("safepost.backup")
public record BackupSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("./data/backups") Path directory,
        @DefaultValue("7") int keepDaily,
        @DefaultValue("5") int keepWeekly,
        @DefaultValue("12") int keepMonthly,
        @DefaultValue("SUNDAY") DayOfWeek drillDay,
        @DefaultValue("PT36H") Duration warnAfter,
        @Nullable String toolsDirectory,
        @Nullable String username,
        @Nullable String password,
        @DefaultValue("safepost_restore_drill") String drillDatabase) {

    public Rotation rotation() {
        return new Rotation(keepDaily, keepWeekly, keepMonthly);
    }
}
