package app.safepost.moderation.ui;

import app.safepost.common.SchoolTime;
import app.safepost.moderation.FollowExceptionSummary;
import app.safepost.moderation.FollowerDecisionEntry;
import app.safepost.moderation.GovernorsReport;
import app.safepost.moderation.IncidentCategory;
import app.safepost.moderation.SchoolTerm;
import app.safepost.moderation.TermReport;
import app.safepost.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The governors' termly report (SLT and governors): incidents by category and by account over the
 * term's months, time to first action and to close, blocks made and follow exceptions; as a PDF too.
 */
@Route("incidents/report")
@PageTitle("Incident report · Safepost")
@Menu(title = "Incident report", order = 43)
@RolesAllowed({Roles.SLT, Roles.GOVERNOR})
public class IncidentReportView extends Main {

    private final GovernorsReport reports;
    private final Select<SchoolTerm> term = new Select<>();
    private final Div body = new Div();

    IncidentReportView(GovernorsReport reports, Clock clock) {
        this.reports = reports;
        addClassName("screen");
        var terms = new ArrayList<SchoolTerm>();
        var current = SchoolTerm.containing(LocalDate.now(clock.withZone(SchoolTime.ZONE)));
        for (int i = 0; i < 6; i++) {
            terms.add(current);
            current = current.previous();
        }
        term.setLabel("Term");
        term.setId("report-term");
        term.setItems(terms);
        term.setItemLabelGenerator(SchoolTerm::name);
        term.setValue(terms.getFirst());
        term.addValueChangeListener(e -> show());
        body.setId("report-body");
        add(
                new H2("Incident report"),
                new Paragraph("How the school protected its accounts this term. No pupil is" + " named here."),
                term,
                body);
        show();
    }

    private void show() {
        body.removeAll();
        var chosen = term.getValue();
        var report = reports.forTerm(chosen);
        var pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var bytes = reports.pdf(reports.forTerm(chosen));
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileName(chosen), "application/pdf", bytes.length);
                }),
                "Download the report (PDF)");
        pdf.setId("report-pdf");
        pdf.getElement().setAttribute("download", true);
        var figures = new UnorderedList(
                new ListItem(report.incidents() + " incidents reported, " + report.serious() + " serious, "
                        + report.escalations() + " escalated to an authority, " + report.stillOpen() + " still open"),
                new ListItem("Median time to first action: " + TermReport.inWords(report.medianToFirstAction())),
                new ListItem("Median time to close: " + TermReport.inWords(report.medianToClose())),
                new ListItem("Blocks made: " + report.blocks().size()),
                new ListItem("Accounts followed: " + report.followed().size()));
        figures.setId("report-figures");
        body.add(
                pdf,
                figures,
                chart(
                        reports.categoryChartSvg(report),
                        "category-chart",
                        "Incidents by category per month: " + describe(report)),
                chart(
                        reports.accountChartSvg(report),
                        "account-chart",
                        "Incidents by account per month: "
                                + report.byAccount().entrySet().stream()
                                        .map(e -> e.getKey() + " " + e.getValue())
                                        .collect(Collectors.joining(", "))),
                new H3("Blocks made"),
                blocks(chosen),
                new H3("Accounts the school follows"),
                follows());
    }

    private static String describe(TermReport report) {
        var parts = new ArrayList<String>();
        for (var category : IncidentCategory.values()) {
            parts.add(category.label() + " " + report.byCategory().getOrDefault(category, 0));
        }
        return String.join(", ", parts);
    }

    private static Image chart(String svg, String id, String alt) {
        var bytes = svg.getBytes(StandardCharsets.UTF_8);
        var image = new Image(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(bytes), id + ".svg", "image/svg+xml", bytes.length)),
                alt);
        image.setId(id);
        image.setMaxWidth("100%");
        return image;
    }

    private Grid<FollowerDecisionEntry> blocks(SchoolTerm chosen) {
        var grid = new Grid<>(FollowerDecisionEntry.class, false);
        grid.setId("report-blocks");
        grid.setAriaLabel("Blocks made");
        grid.addColumn(b -> SchoolTime.dateTime(b.decidedAt()))
                .setHeader("When")
                .setAutoWidth(true);
        grid.addColumn(FollowerDecisionEntry::followerHandle)
                .setHeader("Blocked")
                .setAutoWidth(true);
        grid.addColumn(FollowerDecisionEntry::accountHandle)
                .setHeader("Account")
                .setAutoWidth(true);
        grid.addColumn(b -> b.reasonCategory() == null ? "" : b.reasonCategory().label())
                .setHeader("Reason")
                .setAutoWidth(true);
        grid.addColumn(FollowerDecisionEntry::decidedByName).setHeader("By").setAutoWidth(true);
        grid.addColumn(b ->
                        b.platformOutcome() == null ? "" : b.platformOutcome().label())
                .setHeader("On the platform")
                .setAutoWidth(true);
        grid.setItemsPageable(page -> reports.blocks(chosen, page).getContent(), page -> reports.blockCount(chosen));
        grid.setHeight("20em");
        grid.setEmptyStateText("None this term");
        return grid;
    }

    private Grid<FollowExceptionSummary> follows() {
        var grid = new Grid<>(FollowExceptionSummary.class, false);
        grid.setId("report-follows");
        grid.setAriaLabel("Accounts the school follows");
        grid.addColumn(FollowExceptionSummary::handle).setHeader("Account").setAutoWidth(true);
        grid.addColumn(f -> f.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(FollowExceptionSummary::accountHandle)
                .setHeader("Followed by")
                .setAutoWidth(true);
        grid.addColumn(FollowExceptionSummary::decidedByName)
                .setHeader("Approved by")
                .setAutoWidth(true);
        grid.addColumn(FollowExceptionSummary::decisionReason).setHeader("Why").setFlexGrow(1);
        grid.setItemsPageable(page -> reports.followed(page).getContent(), page -> reports.followedCount());
        grid.setHeight("20em");
        grid.setEmptyStateText("None: the school's accounts follow nobody");
        return grid;
    }

    private static String fileName(SchoolTerm term) {
        return "moderation-report-" + term.name().toLowerCase(Locale.ENGLISH).replace(' ', '-') + ".pdf";
    }
}
