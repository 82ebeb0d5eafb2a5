package app.safepost.backups;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.audit.ui.IntegrityView;
import app.safepost.backups.domain.BackupRuns;
import app.safepost.common.SchoolTime;
import app.safepost.shell.ui.HomeView;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Where backups stand, on SLT's home page and the Audit integrity screen. */
class BackupsOnScreensTest extends ScreenTest {

    @Autowired
    BackupRuns runs;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noBackupsYet() {
        jdbc.update("delete from backup_run");
    }

    private void backupFinished(Instant at, boolean succeeded, String summary) {
        runs.record(
                new BackupRun(
                        BackupRun.Kind.BACKUP,
                        at.minusSeconds(4),
                        at,
                        succeeded,
                        succeeded ? "safepost-2026-12-04-010000.dump" : null,
                        succeeded ? 12_900_000L : null,
                        null,
                        summary),
                "test");
    }

    private Div card() {
        return $(Div.class).id("backup-status");
    }

    private String text(String id) {
        return $(Paragraph.class).id(id).getText();
    }

    private String warnings() {
        return $(Div.class).id("backup-warnings").getElement().getTextRecursively();
    }

    @Test
    void slt_are_warned_on_their_home_page_until_a_backup_is_less_than_36_hours_old() {
        signInAs(DemoUsers.DEPUTY);
        navigate(HomeView.class);
        assertThat(text("backup-last-good")).isEqualTo("No backup has been made yet.");
        assertThat(card().hasClassName("backup-warning")).isTrue();
        assertThat($(Div.class).id("backup-warnings").getElement().getAttribute("role"))
                .isEqualTo("alert");

        var old = Instant.now().minus(Duration.ofHours(40)).truncatedTo(ChronoUnit.MICROS);
        backupFinished(old, true, "made");
        navigate(HomeView.class);
        assertThat(warnings()).isEqualTo("The last good backup is 40 hours old: a backup should be made every night.");

        var recent = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MICROS);
        backupFinished(recent, true, "made");
        navigate(HomeView.class);
        assertThat(text("backup-last-good"))
                .isEqualTo("Last good backup: " + SchoolTime.dateTime(recent) + " (3 hours ago), 12.3 MB.");
        assertThat(text("backup-last-drill")).isEqualTo("No restore drill has run yet.");
        assertThat(card().hasClassName("backup-warning")).isFalse();
        assertThat($(Div.class).withId("backup-warnings").all()).isEmpty();
    }

    @Test
    void a_failure_since_the_last_good_backup_and_a_failed_drill_are_on_the_audit_integrity_screen_for_governors() {
        var good = Instant.now().minus(Duration.ofHours(26)).truncatedTo(ChronoUnit.MICROS);
        backupFinished(good, true, "made");
        backupFinished(good.plus(Duration.ofHours(24)), false, "pg_dump was not found.");
        runs.record(
                new BackupRun(
                        BackupRun.Kind.DRILL,
                        good.plusSeconds(60),
                        good.plusSeconds(70),
                        false,
                        "safepost-2026-12-04-010000.dump",
                        12_900_000L,
                        null,
                        "The scratch database could not be created."),
                "test");

        signInAs(DemoUsers.GOVERNOR);
        navigate(IntegrityView.class);

        assertThat(text("backup-last-drill"))
                .isEqualTo("Restore drill failed on " + SchoolTime.dateTime(good.plusSeconds(70)) + ".");
        assertThat(warnings())
                .contains("The last backup failed: pg_dump was not found.")
                .contains("The last restore drill failed: The scratch database could not be created.");
    }

    @Test
    void the_office_has_no_backups_card_on_its_home_page() {
        signInAs(DemoUsers.OFFICE);
        navigate(HomeView.class);

        assertThat($(Div.class).withId("backup-status").all()).isEmpty();
    }
}
