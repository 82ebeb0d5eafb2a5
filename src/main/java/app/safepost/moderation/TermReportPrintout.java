package app.safepost.moderation;

import app.safepost.common.SchoolTime;
import app.safepost.moderation.domain.IncidentCharts;
import app.safepost.moderation.domain.TermReportPdf;
import java.util.Arrays;
import java.util.List;

/** The governors' termly report in the words and charts its PDF prints. */
final class TermReportPrintout {

    private TermReportPrintout() {}

    static TermReportPdf.Printout of(TermReport r) {
        var period = SchoolTime.date(r.term().firstDay()) + " to "
                + SchoolTime.date(r.term().lastDay());
        var figures = List.of(
                r.incidents() + " reported, " + r.serious() + " serious, " + r.escalations()
                        + " escalated to an authority, " + r.stillOpen() + " still open.",
                "Median time to first action: " + TermReport.inWords(r.medianToFirstAction())
                        + ". Median time to close: " + TermReport.inWords(r.medianToClose()) + ".");
        var byCategory = Arrays.stream(IncidentCategory.values())
                .map(category -> category.label() + ": " + r.byCategory().getOrDefault(category, 0))
                .toList();
        var byAccount = r.byAccount().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .toList();
        var charts = List.of(
                IncidentCharts.image(IncidentCharts.byCategory(r)), IncidentCharts.image(IncidentCharts.byAccount(r)));
        return new TermReportPdf.Printout(
                r.term().name(),
                period,
                figures,
                byCategory,
                byAccount,
                charts,
                List.of(blocks(r), followed(r), decided(r)));
    }

    private static TermReportPdf.Listing blocks(TermReport r) {
        return new TermReportPdf.Listing(
                "Blocks made (" + r.blocks().size() + ")",
                r.blocks().stream()
                        .map(b -> SchoolTime.dateTime(b.decidedAt()) + " - " + b.followerHandle() + " on "
                                + b.accountHandle()
                                + " - "
                                + (b.reasonCategory() == null
                                        ? ""
                                        : b.reasonCategory().label()) + " - by "
                                + b.decidedByName() + " - "
                                + (b.platformOutcome() == null
                                        ? ""
                                        : b.platformOutcome().label()))
                        .toList(),
                "None this term.");
    }

    private static TermReportPdf.Listing followed(TermReport r) {
        return new TermReportPdf.Listing(
                "Accounts the school follows (" + r.followed().size() + ")",
                r.followed().stream()
                        .map(f -> f.handle() + " (" + f.kind().label() + ") from " + f.accountHandle()
                                + " - approved by " + f.decidedByName() + ": " + f.decisionReason())
                        .toList(),
                "None: the school's accounts follow nobody.");
    }

    private static TermReportPdf.Listing decided(TermReport r) {
        return new TermReportPdf.Listing(
                "Follow requests decided this term (" + r.decidedInTerm().size() + ")",
                r.decidedInTerm().stream()
                        .map(f -> f.handle() + " - " + f.status().label() + " by " + f.decidedByName() + ": "
                                + f.decisionReason())
                        .toList(),
                null);
    }
}
