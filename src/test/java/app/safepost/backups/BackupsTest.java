package app.safepost.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.SafepostApplication;
import app.safepost.backups.domain.BackupSettings;
import app.safepost.security.PortalTask;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.FileSystemUtils;

/**
 * The nightly backup and the restore drill on a portal of their own: what the drill checks, what it
 * catches, how the night's job and the command run it, and what SLT and governors are shown.
 */
@BackupPortal
class BackupsTest {

    @Autowired
    Backups backups;

    @Autowired
    BackupSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @BeforeEach
    @AfterEach
    void emptyBackupDirectory() throws IOException {
        FileSystemUtils.deleteRecursively(settings.directory());
        SignedIn.nobody();
    }

    /** As the daily jobs run it: as the portal itself. */
    private static void asThePortal(Runnable work) {
        PortalTask.runAsSystem(() -> {
            work.run();
            return null;
        });
    }

    private long runs(BackupRun.Kind kind) {
        return jdbc.queryForObject("select count(*) from backup_run where kind = ?", Long.class, kind.name());
    }

    @Test
    void the_drill_restores_the_latest_backup_checks_its_rows_and_revision_chain_and_slt_see_it_passed() {
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        var made = backups.backUp();
        assertThat(made.succeeded()).as(made.summary()).isTrue();

        var drill = backups.restoreDrill();

        assertThat(drill.succeeded()).as(drill.summary()).isTrue();
        assertThat(drill.fileName()).isEqualTo(made.fileName());
        assertThat(drill.summary())
                .contains(
                        "checksum matched",
                        "tables hold the",
                        "rows the backup recorded",
                        "the revision chain is intact");
        System.out.printf(
                "Demo school: backup %s in %d ms; restore drill in %d ms (%s)%n",
                BackupRun.size(made.sizeBytes()),
                made.took().toMillis(),
                drill.took().toMillis(),
                drill.summary());
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_database where datname = ?", Long.class, settings.drillDatabase()))
                .as("the scratch database is dropped")
                .isZero();
        var status = backups.status();
        assertThat(status.lastGood()).isEqualTo(made);
        assertThat(status.lastDrill()).isEqualTo(drill);
        assertThat(status.warnings()).isEmpty();
    }

    @Test
    void a_backup_changed_after_it_was_written_fails_the_drill_on_its_checksum() throws IOException {
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        var made = backups.backUp();
        var dump = settings.directory().resolve(made.fileName());
        var bytes = Files.readAllBytes(dump);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(dump, bytes);

        var drill = backups.restoreDrill();

        assertThat(drill.succeeded()).isFalse();
        assertThat(drill.summary()).contains(made.fileName(), "does not match its checksum");
        assertThat(backups.status().warnings()).contains("The last restore drill failed: " + drill.summary());
    }

    @Test
    void a_trail_altered_before_the_backup_fails_the_drill_on_the_copys_revision_chain() {
        var rev = jdbc.queryForObject("select max(rev) from school_aud", Long.class);
        var school = jdbc.queryForObject(
                "select id from school_aud where rev = ? order by id limit 1", java.util.UUID.class, rev);
        var phone = jdbc.queryForObject(
                "select contact_phone from school_aud where rev = ? and id = ?", String.class, rev, school);
        jdbc.update("update school_aud set contact_phone = '0000 000000' where rev = ? and id = ?", rev, school);
        try {
            SignedIn.as(demoUsers, DemoUsers.DEPUTY);
            assertThat(backups.backUp().succeeded()).isTrue();

            var drill = backups.restoreDrill();

            assertThat(drill.succeeded()).isFalse();
            assertThat(drill.summary())
                    .contains(
                            "tables hold the",
                            "the revision chain is altered",
                            "revision " + rev + " recorded was changed after it was saved");
        } finally {
            jdbc.update("update school_aud set contact_phone = ? where rev = ? and id = ?", phone, rev, school);
        }
    }

    @Test
    void no_backup_to_restore_fails_the_drill_saying_where_it_looked() {
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);

        var drill = backups.restoreDrill();

        assertThat(drill.succeeded()).isFalse();
        assertThat(drill.summary())
                .isEqualTo("There is no backup in "
                        + settings.directory().toAbsolutePath().normalize() + " to restore.");
    }

    @Test
    void the_night_backs_up_every_night_and_runs_the_drill_on_sundays_only() {
        var sunday = LocalDate.of(2026, 12, 6).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        assertThat(settings.drillDay()).isEqualTo(DayOfWeek.SUNDAY);
        long backupsBefore = runs(BackupRun.Kind.BACKUP);
        long drillsBefore = runs(BackupRun.Kind.DRILL);

        asThePortal(() -> backups.backUpNight(sunday.minusDays(1)));
        assertThat(runs(BackupRun.Kind.BACKUP)).isEqualTo(backupsBefore + 1);
        assertThat(runs(BackupRun.Kind.DRILL)).isEqualTo(drillsBefore);

        asThePortal(() -> backups.backUpNight(sunday));
        assertThat(runs(BackupRun.Kind.BACKUP)).isEqualTo(backupsBefore + 2);
        assertThat(runs(BackupRun.Kind.DRILL)).isEqualTo(drillsBefore + 1);
        assertThat(jdbc.queryForObject(
                        "select succeeded from backup_run where kind = 'DRILL' order by id desc limit 1",
                        Boolean.class))
                .isTrue();
    }

    @Test
    void the_nightly_job_backs_up_once_a_day_however_often_it_fires() {
        long before = runs(BackupRun.Kind.BACKUP);

        asThePortal(backups::backUpTonight);
        asThePortal(backups::backUpTonight);

        assertThat(runs(BackupRun.Kind.BACKUP)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from daily_job_run where job = 'backup'", Long.class))
                .isOne();
    }

    @Test
    void the_restore_drill_command_runs_the_drill_with_the_portals_settings_and_exits_zero_when_it_passes() {
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        assertThat(backups.backUp().succeeded()).isTrue();
        SignedIn.nobody();
        long drillsBefore = runs(BackupRun.Kind.DRILL);
        var printed = new ByteArrayOutputStream();

        int exit = RestoreDrillCommand.run(
                SafepostApplication.class,
                new String[] {
                    "--restore-drill",
                    "--spring.datasource.url=" + TestDatabase.server().getJdbcUrl("postgres", "school_backups"),
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=",
                    "--safepost.backup.directory=" + settings.directory(),
                    "--safepost.backup.drill-database=" + settings.drillDatabase()
                },
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("Restore drill passed: Restored ");
        assertThat(runs(BackupRun.Kind.DRILL)).isEqualTo(drillsBefore + 1);
    }

    @Test
    void slt_and_governors_read_where_backups_stand_and_nobody_else_does() {
        SignedIn.as(demoUsers, DemoUsers.GOVERNOR);
        assertThat(backups.status().directory())
                .isEqualTo(Path.of(settings.directory().toString())
                        .toAbsolutePath()
                        .normalize()
                        .toString());
        SignedIn.as(demoUsers, DemoUsers.TEACHER);
        assertThatThrownBy(() -> backups.status()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.backUp()).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(demoUsers, DemoUsers.GOVERNOR);
        assertThatThrownBy(() -> backups.restoreDrill()).isInstanceOf(AccessDeniedException.class);
    }
}
