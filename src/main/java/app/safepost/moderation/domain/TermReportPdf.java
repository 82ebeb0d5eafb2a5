package app.safepost.moderation.domain;

import app.safepost.common.PdfPages;
import app.safepost.common.SchoolTime;
import app.safepost.moderation.IncidentCategory;
import app.safepost.moderation.TermReport;
import java.io.IOException;

/**
 * The governors' termly report as an A4 PDF: the figures, both charts (drawn as images at twice
 * screen resolution), the blocks made and the follow exceptions, headed by the school's logo and name,
 * which also make the document's subject.
 */
public final class TermReportPdf {

    private TermReportPdf() {
    }

    public static byte[] of(TermReport report, PdfPages.Letterhead school) {
        var title = "Moderation report, " + report.term().name();
        return PdfPages.write(title, "Governors' termly report, " + school.schoolName(), title, school,
                pdf -> write(report, pdf));
    }

    private static void write(TermReport r, PdfPages pdf) throws IOException {
        pdf.paragraph("Moderation report: " + r.term().name(), pdf.bold(), 16, 4);
        pdf.paragraph(SchoolTime.date(r.term().firstDay()) + " to " + SchoolTime.date(r.term().lastDay())
                + ". No pupil is named in this report.", pdf.regular(), 10, 10);
        pdf.paragraph("Incidents", pdf.bold(), 13, 2);
        pdf.paragraph(r.incidents() + " reported, " + r.serious() + " serious, " + r.escalations()
                + " escalated to an authority, " + r.stillOpen() + " still open.", pdf.regular(), 10, 2);
        pdf.paragraph("Median time to first action: " + TermReport.inWords(r.medianToFirstAction())
                + ". Median time to close: " + TermReport.inWords(r.medianToClose()) + ".", pdf.regular(), 10, 2);
        for (var category : IncidentCategory.values()) {
            pdf.paragraph(category.label() + ": " + r.byCategory().getOrDefault(category, 0), pdf.regular(), 10, 0);
        }
        pdf.space(6);
        for (var entry : r.byAccount().entrySet()) {
            pdf.line(entry.getKey() + ": " + entry.getValue());
        }
        pdf.space(6);
        pdf.image(IncidentCharts.image(IncidentCharts.byCategory(r)));
        pdf.image(IncidentCharts.image(IncidentCharts.byAccount(r)));
        pdf.paragraph("Blocks made (" + r.blocks().size() + ")", pdf.bold(), 13, 2);
        if (r.blocks().isEmpty()) {
            pdf.line("None this term.");
        }
        for (var b : r.blocks()) {
            pdf.line(SchoolTime.dateTime(b.decidedAt()) + " - " + b.followerHandle() + " on " + b.accountHandle() + " - "
                    + (b.reasonCategory() == null ? "" : b.reasonCategory().label()) + " - by " + b.decidedByName()
                    + " - " + (b.platformOutcome() == null ? "" : b.platformOutcome().label()));
        }
        pdf.space(6);
        pdf.paragraph("Accounts the school follows (" + r.followed().size() + ")", pdf.bold(), 13, 2);
        if (r.followed().isEmpty()) {
            pdf.line("None: the school's accounts follow nobody.");
        }
        for (var f : r.followed()) {
            pdf.line(f.handle() + " (" + f.kind().label() + ") from " + f.accountHandle() + " - approved by "
                    + f.decidedByName() + ": " + f.decisionReason());
        }
        pdf.space(6);
        pdf.paragraph("Follow requests decided this term (" + r.decidedInTerm().size() + ")", pdf.bold(), 13, 2);
        for (var f : r.decidedInTerm()) {
            pdf.line(f.handle() + " - " + f.status().label() + " by " + f.decidedByName() + ": " + f.decisionReason());
        }
    }
}
