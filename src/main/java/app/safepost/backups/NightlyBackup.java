package app.safepost.backups;

import app.safepost.backups.domain.BackupSettings;
import app.safepost.common.SchoolTime;
import app.safepost.database.PortalInstances;
import app.safepost.security.PortalTask;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The night's backup as the portal itself, once however many portal instances run, and on the drill
 * day ({@code safepost.backup.drill-day}, Sunday) the restore drill.
 */
@Component
class NightlyBackup {

    private final Backups backups;
    private final BackupSettings settings;
    private final PortalInstances instances;
    private final Clock clock;

    NightlyBackup(Backups backups, BackupSettings settings, PortalInstances instances, Clock clock) {
        this.backups = backups;
        this.settings = settings;
        this.instances = instances;
        this.clock = clock;
    }

    @Scheduled(cron = "${safepost.backup.cron:0 0 1 * * *}", zone = "Europe/London")
    void run() {
        if (settings.enabled()) {
            var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
            instances.oncePerDay("backup", () -> tonight(today));
        }
    }

    /**
     * The backup, and on the drill day the drill of the latest backup (tonight's, or if that failed the
     * one before: what the school would restore from).
     */
    void tonight(LocalDate day) {
        PortalTask.runAsSystem(() -> {
            backups.backUp();
            if (day.getDayOfWeek() == settings.drillDay()) {
                backups.restoreDrill();
            }
            return day;
        });
    }
}
