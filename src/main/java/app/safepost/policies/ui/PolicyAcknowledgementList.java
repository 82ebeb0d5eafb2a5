package app.safepost.policies.ui;

import app.safepost.common.SchoolTime;
import app.safepost.common.ui.Notices;
import app.safepost.policies.AcknowledgementStatus;
import app.safepost.policies.Acknowledgements;
import app.safepost.policies.PolicySummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** For SLT: which members of staff have confirmed the policy in force (P8), the list as CSV, and a reminder. */
class PolicyAcknowledgementList extends Div {

    PolicyAcknowledgementList(Acknowledgements acknowledgements, PolicySummary policy) {
        var status = acknowledgements.status(policy.id());
        long confirmed =
                status.stream().filter(AcknowledgementStatus::confirmed).count();
        var grid = new Grid<AcknowledgementStatus>();
        grid.setId("acknowledgements");
        grid.setAriaLabel("Staff acknowledgements");
        grid.setEmptyStateText("No members of staff yet.");
        grid.setAllRowsVisible(true);
        grid.addColumn(AcknowledgementStatus::displayName).setHeader("Name");
        grid.addColumn(AcknowledgementStatus::roles).setHeader("Roles");
        grid.addColumn(s -> s.confirmed() ? "Confirmed " + SchoolTime.dateTime(s.confirmedAt()) : "Not yet")
                .setHeader("Version " + policy.version());
        grid.setItems(status);
        var csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var bytes = acknowledgements.csv(policy.id()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "acknowledgements.csv", "text/csv", bytes.length);
                }),
                "Download the list (CSV)");
        var remind = new Button("Remind those who have not confirmed", e -> {
            int sent = acknowledgements.remind(policy.id());
            Notices.done(sent == 0 ? "Everyone has confirmed." : "Reminded " + sent + " members of staff.");
        });
        remind.setId("remind");
        remind.setEnabled(confirmed < status.size());
        var summary = new Paragraph(confirmed + " of " + status.size() + " members of staff have confirmed version "
                + policy.version() + ".");
        summary.setId("acknowledgement-summary");
        add(new H3("Staff acknowledgements"), summary, grid, new Paragraph(csv), remind);
    }
}
