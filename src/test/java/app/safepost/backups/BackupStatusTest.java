package app.safepost.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What SLT are warned of about backups. */
class BackupStatusTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private static final Duration WARN_AFTER = Duration.ofHours(36);

    private static BackupRun backup(Instant finished, boolean succeeded) {
        return new BackupRun(
                BackupRun.Kind.BACKUP,
                finished.minusSeconds(5),
                finished,
                succeeded,
                succeeded ? "safepost-2026-12-04-010000.dump" : null,
                succeeded ? 5_000_000L : null,
                null,
                succeeded ? "made" : "pg_dump was not found: install PostgreSQL's client tools.");
    }

    private static BackupStatus status(BackupRun good, BackupRun failed, BackupRun drill) {
        return new BackupStatus(true, "/var/lib/safepost/backups", good, failed, drill, WARN_AFTER, NOW);
    }

    @Test
    void last_nights_backup_and_a_passed_drill_need_nothing() {
        var drill = new BackupRun(
                BackupRun.Kind.DRILL,
                NOW.minusSeconds(3600 * 30),
                NOW.minusSeconds(3600 * 30 - 60),
                true,
                "safepost-2026-11-29-010000.dump",
                5_000_000L,
                null,
                "Restored");

        assertThat(status(backup(NOW.minus(Duration.ofHours(8)), true), null, drill)
                        .warnings())
                .isEmpty();
    }

    @Test
    void a_backup_older_than_36_hours_is_a_warning_saying_how_old() {
        var status = status(backup(NOW.minus(Duration.ofHours(37)), true), null, null);

        assertThat(status.warnings())
                .containsExactly("The last good backup is 37 hours old: a backup should be made every night.");
        assertThat(status(backup(NOW.minus(Duration.ofHours(35)), true), null, null)
                        .warnings())
                .isEmpty();
        assertThat(status(backup(NOW.minus(Duration.ofDays(3)), true), null, null)
                        .warnings()
                        .getFirst())
                .startsWith("The last good backup is 3 days old");
    }

    @Test
    void no_backup_yet_a_failure_since_the_last_good_one_and_a_failed_drill_are_each_warnings() {
        assertThat(status(null, null, null).warnings()).containsExactly("No backup has been made yet.");
        var failed = backup(NOW.minus(Duration.ofHours(8)), false);
        assertThat(status(backup(NOW.minus(Duration.ofHours(32)), true), failed, null)
                        .warnings())
                .containsExactly("The last backup failed: " + failed.summary());
        var drill = new BackupRun(BackupRun.Kind.DRILL, NOW, NOW, false, null, null, null, "There is no backup.");
        assertThat(status(backup(NOW, true), null, drill).warnings())
                .containsExactly("The last restore drill failed: There is no backup.");
    }

    @Test
    void switched_off_backups_are_a_warning_too() {
        var off = new BackupStatus(false, "/backups", backup(NOW, true), null, null, WARN_AFTER, NOW);

        assertThat(off.warnings()).containsExactly("Nightly backups are switched off (safepost.backup.enabled).");
    }

    @Test
    void ages_and_sizes_read_as_people_say_them() {
        assertThat(BackupStatus.inWords(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(BackupStatus.inWords(Duration.ofMinutes(119))).isEqualTo("119 minutes");
        assertThat(BackupStatus.inWords(Duration.ofHours(9))).isEqualTo("9 hours");
        assertThat(BackupStatus.inWords(Duration.ofHours(50))).isEqualTo("2 days");
        assertThat(BackupRun.size(382_631)).isEqualTo("374 KB");
        assertThat(BackupRun.size(12_900_000)).isEqualTo("12.3 MB");
        assertThat(BackupRun.size(1_500_000_000L)).isEqualTo("1.4 GB");
    }
}
