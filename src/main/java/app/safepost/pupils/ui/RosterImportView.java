package app.safepost.pupils.ui;

import app.safepost.common.ui.LimitedUpload;
import app.safepost.common.ui.Notices;
import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.RosterArchiveUnconfirmed;
import app.safepost.pupils.RosterChange;
import app.safepost.pupils.RosterChangeKind;
import app.safepost.pupils.RosterImportFigures;
import app.safepost.pupils.RosterImportRejected;
import app.safepost.pupils.RosterProblem;
import app.safepost.pupils.domain.RosterCsv;
import app.safepost.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The office uploads the roster exported from the school's MIS, reads what it would do to every
 * pupil (or every problem, by line and column), then confirms. Nothing changes before the confirm.
 */
@Route("pupils/import")
@PageTitle("Import the roster · Safepost")
@Menu(title = "Import roster", order = 21)
@RolesAllowed(Roles.OFFICE)
public class RosterImportView extends Main {

    private final PupilRoster roster;
    private final Upload upload = new Upload();
    private final Div summary = new Div();
    private final Grid<RosterProblem> problems = new Grid<>(RosterProblem.class, false);
    private final Grid<RosterChange> changes = new Grid<>(RosterChange.class, false);
    private final Button confirm = new Button("Confirm import");
    private final Button cancel = new Button("Cancel");
    private final RosterArchiveWarning archiveWarning = new RosterArchiveWarning();
    private byte[] pending;
    private String pendingName;

    RosterImportView(PupilRoster roster) {
        this.roster = roster;
        addClassName("screen");
        add(
                new H2("Import the roster"),
                new Paragraph("Upload the CSV file exported from the school's MIS (UTF-8, at most 1 MB). Its first"
                        + " line is the header:"),
                new Code(String.join(",", RosterCsv.COLUMNS)),
                new Paragraph("Pupils are matched by UPN. Pupils the file no longer lists are archived, never"
                        + " deleted. You will see what changes for every pupil before anything is saved."));

        configureUpload();
        add(upload);

        configureSummaryAndProblems();
        configurePreview();
        confirm.setId("confirm-import");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirmImport());
        cancel.addClickListener(e -> reset("Import cancelled; nothing was changed."));
        var buttons = new HorizontalLayout(archiveWarning.confirmation(), confirm, cancel);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        confirm.setEnabled(false);
        cancel.setEnabled(false);
        add(summary, problems, archiveWarning, buttons, changes);
    }

    private void configureUpload() {
        upload.setId("roster-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RosterCsv.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadHandler(new LimitedUpload(
                RosterCsv.MAX_BYTES,
                "it is larger than 1 MB.",
                (metadata, bytes) -> preview(metadata.fileName(), bytes),
                (fileName, reason) -> showRefusal(fileName + " cannot be imported: " + reason)));
        upload.addFileRejectedListener(e -> showRefusal(e.getFileName() + " cannot be imported: "
                + (e.getErrorMessage() == null || e.getErrorMessage().isBlank()
                        ? "it must be a CSV file of at most 1 MB."
                        : e.getErrorMessage())));
    }

    private void configureSummaryAndProblems() {
        summary.setId("import-summary");
        summary.getElement().setAttribute("role", "status");
        problems.setId("import-problems");
        problems.setAriaLabel("Problems in the file");
        problems.setEmptyStateText("None: every line can be imported.");
        problems.addColumn(p -> p.line() == null ? "" : p.line().toString())
                .setHeader("Line")
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(p -> p.column() == null ? "" : p.column())
                .setHeader("Column")
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(RosterProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
    }

    private void configurePreview() {
        changes.setId("import-preview");
        changes.setAriaLabel("What the import does to each pupil");
        changes.setEmptyStateText("Nothing changes.");
        changes.addColumn(c -> c.line() == null ? "" : c.line().toString())
                .setHeader("Line")
                .setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(RosterChange::upn).setHeader("UPN").setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(RosterChange::name).setHeader("Pupil");
        changes.addColumn(c -> c.kind().label())
                .setHeader("Outcome")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setSortable(true);
        changes.addColumn(RosterImportView::describe).setHeader("Changes").setFlexGrow(2);
        changes.setHeight("60vh");
        changes.setVisible(false);
    }

    /** Shows what importing the file would do; keeps it for the confirm only if it has no problems. */
    void preview(String fileName, byte[] content) {
        var preview = roster.previewImport(content);
        // The summary names the file; clearing the list lets a corrected file be dropped straight away
        // (a full upload greys out its drop label below readable contrast).
        upload.clearFileList();
        pending = preview.canImport() ? content : null;
        pendingName = fileName;
        confirm.setEnabled(preview.canImport());
        cancel.setEnabled(preview.canImport());
        if (!preview.canImport()) {
            showProblems(fileName, preview.problems());
            return;
        }
        problems.setVisible(false);
        if (preview.archiveNeedsConfirmation()) {
            archiveWarning.show(preview.archived());
        } else {
            archiveWarning.hide();
        }
        var f = preview.figures();
        summary.removeClassName("import-problems-summary");
        summary.setText(fileName + ": "
                + preview.changes().stream().filter(c -> c.line() != null).count() + " pupils in the file. "
                + figures(f) + " Nothing is saved until you confirm.");
        // Changes first: the office reads what moves, not 190 unchanged lines.
        changes.setItems(preview.changes().stream()
                .sorted(Comparator.comparing((RosterChange c) -> c.kind() == RosterChangeKind.UNCHANGED))
                .toList());
        changes.setVisible(true);
    }

    private void confirmImport() {
        if (pending == null) {
            return;
        }
        try {
            var result = roster.importRoster(pending, archiveWarning.typed());
            var name = pendingName;
            reset(name + " imported. " + figures(result));
            Notices.done("Roster imported. " + figures(result));
        } catch (RosterImportRejected rejected) {
            showProblems(pendingName, rejected.problems());
        } catch (RosterArchiveUnconfirmed refusal) {
            // The roster may have changed since the preview: show what the file would archive now.
            preview(pendingName, pending);
            archiveWarning.refused(refusal);
        }
    }

    private void showProblems(String fileName, List<RosterProblem> found) {
        pending = null;
        archiveWarning.hide();
        confirm.setEnabled(false);
        cancel.setEnabled(false);
        summary.addClassName("import-problems-summary");
        summary.setText(
                fileName + " cannot be imported: " + found.size() + (found.size() == 1 ? " problem" : " problems")
                        + ". Nothing has been changed. Correct the file and upload it again.");
        problems.setItems(found);
        problems.setVisible(true);
        changes.setVisible(false);
    }

    private void showRefusal(String message) {
        showProblems("The file", List.of());
        summary.setText(message);
        problems.setVisible(false);
    }

    private void reset(String message) {
        pending = null;
        pendingName = null;
        confirm.setEnabled(false);
        cancel.setEnabled(false);
        upload.clearFileList();
        changes.setVisible(false);
        problems.setVisible(false);
        archiveWarning.hide();
        summary.removeClassName("import-problems-summary");
        summary.setText(message);
    }

    static String figures(RosterImportFigures f) {
        return f.created() + " new, " + f.updated() + " changed, " + f.archived() + " archived, " + f.unchanged()
                + " unchanged.";
    }

    static String describe(RosterChange change) {
        return change.differences().stream()
                .map(d -> d.field() + ": " + (d.before().isEmpty() ? "(empty)" : d.before()) + " → "
                        + (d.after().isEmpty() ? "(empty)" : d.after()))
                .collect(Collectors.joining("; "));
    }
}
