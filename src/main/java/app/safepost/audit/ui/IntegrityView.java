package app.safepost.audit.ui;

import app.safepost.audit.IntegrityCheck;
import app.safepost.audit.IntegrityReport;
import app.safepost.backups.Backups;
import app.safepost.backups.ui.parts.BackupStatusCard;
import app.safepost.common.SchoolTime;
import app.safepost.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Recomputes the audit trail's revision chain on request and shows the first broken link, with the
 * nightly checks' results. The head hash shown is what to keep outside the portal (docs/audit-integrity.md).
 */
@Route("audit/integrity")
@PageTitle("Audit integrity · Safepost")
@Menu(title = "Audit integrity", order = 86)
@RolesAllowed({Roles.SLT, Roles.GOVERNOR, Roles.TRUST_LEADER, Roles.TRUST_DPO})
public class IntegrityView extends Main {

    private final IntegrityCheck check;
    private final Div result = new Div();
    private final Paragraph anchorState = new Paragraph();
    private final Grid<IntegrityReport> runs = new Grid<>(IntegrityReport.class, false);

    IntegrityView(IntegrityCheck check, Backups backups) {
        this.check = check;
        addClassName("screen");
        add(
                new H2("Audit integrity"),
                new Paragraph("Each change saved in the portal is sealed with a hash of what it"
                        + " recorded and of the change before it. Checking recomputes every seal: a change made directly in the"
                        + " database, bypassing the portal, shows as the first broken link."));
        var run = new Button("Check the trail now", e -> runCheck());
        run.setId("run-integrity-check");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var anchor = new Button("Check and anchor the trail now", e -> anchorNow());
        anchor.setId("anchor-trail");
        result.setId("integrity-result");
        result.getElement().setAttribute("role", "status");
        anchorState.setId("latest-anchor");
        anchorState.setText(check.latestAnchor());
        add(
                new Paragraph("Each night the head of the trail is also signed with a key kept outside the database and"
                        + " written to the anchor file beside the backups, and e-mailed to the head teacher and the chair of"
                        + " governors: revisions later removed from the end, or a trail rewritten and sealed again, no longer"
                        + " match it."),
                anchorState,
                new HorizontalLayout(run, anchor),
                result);
        configureRuns();
        add(new H3("Recent checks"), runs);
        runs.setItems(check.recentChecks());
        add(new BackupStatusCard(backups.status()));
    }

    private void configureRuns() {
        runs.setId("integrity-runs");
        runs.setAriaLabel("Recent integrity checks");
        runs.setEmptyStateText("No checks run yet.");
        runs.addColumn(r -> SchoolTime.dateTime(r.checkedAt()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        runs.addColumn(IntegrityReport::checkedBy)
                .setHeader("By")
                .setAutoWidth(true)
                .setFlexGrow(0);
        runs.addColumn(IntegrityReport::linksChecked)
                .setHeader("Links checked")
                .setAutoWidth(true)
                .setFlexGrow(0);
        runs.addColumn(IntegrityView::outcome).setHeader("Result").setFlexGrow(1);
        runs.setAllRowsVisible(true);
    }

    private void runCheck() {
        var report = check.checkChain();
        result.removeAll();
        var line = new Paragraph(outcome(report));
        line.addClassName(report.intact() ? "integrity-intact" : "integrity-broken");
        result.add(line);
        if (report.intact() && report.headHash() != null) {
            result.add(new Paragraph("Head hash (keep a copy outside the portal): " + report.headHash()));
        }
        runs.setItems(check.recentChecks());
    }

    private void anchorNow() {
        var outcome = check.checkAndAnchor();
        result.removeAll();
        var line = new Paragraph(outcome.inWords());
        line.addClassName(outcome.anchored() ? "integrity-intact" : "integrity-broken");
        result.add(line);
        anchorState.setText(check.latestAnchor());
        runs.setItems(check.recentChecks());
    }

    static String outcome(IntegrityReport report) {
        return report.inWords();
    }
}
