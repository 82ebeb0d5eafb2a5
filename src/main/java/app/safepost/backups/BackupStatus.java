package app.safepost.backups;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The backups as SLT and governors see them: the last good backup, a failure since, and the last
 * restore drill.
 *
 * @param directory  where the portal writes its backups
 * @param lastGood   the newest backup that succeeded
 * @param lastFailed the newest backup that failed, only when it is newer than the last good one
 * @param lastDrill  the newest restore drill, passed or failed
 * @param warnAfter  how old the last good backup may be before SLT are warned
 */
public record BackupStatus(
        boolean enabled,
        String directory,
        @Nullable BackupRun lastGood,
        @Nullable BackupRun lastFailed,
        @Nullable BackupRun lastDrill,
        Duration warnAfter,
        Instant now) {

    /** How long ago the last good backup finished. */
    public @Nullable Duration age() {
        return lastGood == null ? null : Duration.between(lastGood.finishedAt(), now);
    }

    /** What SLT should act on, in words; empty when backups are as they should be. */
    public List<String> warnings() {
        var warnings = new ArrayList<String>();
        if (!enabled) {
            warnings.add("Nightly backups are switched off (safepost.backup.enabled).");
        }
        var age = age();
        if (lastGood == null) {
            warnings.add("No backup has been made yet.");
        } else if (age.compareTo(warnAfter) > 0) {
            warnings.add("The last good backup is " + inWords(age) + " old: a backup should be made every night.");
        }
        if (lastFailed != null) {
            warnings.add("The last backup failed: " + lastFailed.summary());
        }
        if (lastDrill != null && !lastDrill.succeeded()) {
            warnings.add("The last restore drill failed: " + lastDrill.summary());
        }
        return warnings;
    }

    /** "35 minutes", "9 hours", "2 days". */
    public static String inWords(Duration duration) {
        if (duration.toHours() >= 48) {
            return plural(duration.toDays(), "day");
        }
        if (duration.toMinutes() >= 120) {
            return plural(duration.toHours(), "hour");
        }
        return plural(Math.max(0, duration.toMinutes()), "minute");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
