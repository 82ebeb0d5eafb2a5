package app.safepost.backups;

import app.safepost.backups.domain.BackupRuns;
import app.safepost.backups.domain.BackupSettings;
import app.safepost.backups.domain.DatabaseBackup;
import app.safepost.backups.domain.RestoreDrill;
import app.safepost.common.SchoolTime;
import app.safepost.database.PortalInstances;
import app.safepost.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The portal's backups: made every night by the portal itself ({@link #backUpTonight}), the restore
 * drill weekly and on demand ({@code java -jar safepost.jar --restore-drill}), and where they stand
 * for SLT and governors. Each run is recorded as soon as it ends; a failure is recorded and returned,
 * never thrown.
 */
@Service
public class Backups {

    private final DatabaseBackup backup;
    private final RestoreDrill drill;
    private final BackupRuns runs;
    private final BackupSettings settings;
    private final PortalInstances instances;
    private final Clock clock;

    Backups(
            DatabaseBackup backup,
            RestoreDrill drill,
            BackupRuns runs,
            BackupSettings settings,
            PortalInstances instances,
            Clock clock) {
        this.backup = backup;
        this.drill = drill;
        this.runs = runs;
        this.settings = settings;
        this.instances = instances;
        this.clock = clock;
    }

    /** Backs the whole database up now, into the backup directory, and rotates it. */
    @PreAuthorize(Roles.IS_SLT)
    public BackupRun backUp() {
        var run = backup.run();
        runs.record(run, instances.name());
        return run;
    }

    /**
     * The night's backup, once however many portal instances run, and on the drill day
     * ({@code safepost.backup.drill-day}, Sunday) the restore drill; nothing while backups are off.
     */
    @PreAuthorize(Roles.IS_SLT)
    public void backUpTonight() {
        if (settings.enabled()) {
            var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
            instances.oncePerDay("backup", () -> backUpNight(today));
        }
    }

    /**
     * The backup, and on the drill day the drill of the latest backup (tonight's, or if that failed the
     * one before: what the school would restore from).
     */
    void backUpNight(LocalDate day) {
        backUp();
        if (day.getDayOfWeek() == settings.drillDay()) {
            restoreDrill();
        }
    }

    /** Restores the latest backup into the scratch database and checks it. */
    @PreAuthorize(Roles.IS_SLT)
    public BackupRun restoreDrill() {
        var run = drill.run();
        runs.record(run, instances.name());
        return run;
    }

    /** The last good backup, a failure since, and the last drill. */
    @PreAuthorize(Roles.IS_SLT_GOVERNOR_OR_TRUST)
    public BackupStatus status() {
        var lastGood = runs.latest(BackupRun.Kind.BACKUP, true).orElse(null);
        var lastFailed = runs.latest(BackupRun.Kind.BACKUP, false)
                .filter(failed -> lastGood == null || failed.finishedAt().isAfter(lastGood.finishedAt()))
                .orElse(null);
        return new BackupStatus(
                settings.enabled(),
                settings.directory().toAbsolutePath().normalize().toString(),
                lastGood,
                lastFailed,
                runs.latest(BackupRun.Kind.DRILL).orElse(null),
                settings.warnAfter(),
                clock.instant());
    }
}
