package app.safepost.backups.ui.parts;

import app.safepost.backups.BackupRun;
import app.safepost.backups.BackupStatus;
import app.safepost.common.SchoolTime;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The backups at a glance, on SLT's home page and the Audit integrity screen: the last good backup
 * (when, how long ago, its size), the last restore drill, and what needs acting on, marked as a
 * warning (no backup for longer than {@code safepost.backup.warn-after}, a failure, a failed drill).
 */
public class BackupStatusCard extends Div {

    public BackupStatusCard(BackupStatus status) {
        addClassName("dashboard-card");
        addClassName("backup-status");
        setId("backup-status");
        add(new H3("Backups"));
        var good = status.lastGood();
        var last = new Paragraph(
                good == null
                        ? "No backup has been made yet."
                        : "Last good backup: " + SchoolTime.dateTime(good.finishedAt()) + " ("
                                + BackupStatus.inWords(status.age()) + " ago), "
                                + BackupRun.size(good.sizeBytes() == null ? 0 : good.sizeBytes()) + ".");
        last.setId("backup-last-good");
        add(last);
        var drill = status.lastDrill();
        var drilled = new Paragraph(
                drill == null
                        ? "No restore drill has run yet."
                        : "Restore drill " + (drill.succeeded() ? "passed" : "failed") + " on "
                                + SchoolTime.dateTime(drill.finishedAt())
                                + (drill.succeeded() && drill.fileName() != null
                                        ? " (" + drill.fileName() + " restored and checked)."
                                        : "."));
        drilled.setId("backup-last-drill");
        add(drilled);
        var warnings = status.warnings();
        if (!warnings.isEmpty()) {
            addClassName("backup-warning");
            var alert = new Div();
            alert.setId("backup-warnings");
            alert.getElement().setAttribute("role", "alert");
            alert.getStyle().set("color", "var(--lumo-error-text-color)");
            warnings.forEach(warning -> alert.add(new Paragraph(warning)));
            add(alert);
        }
        var where = new Paragraph("Backups are written to " + status.directory() + ".");
        where.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(where);
    }
}
