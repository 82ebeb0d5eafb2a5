package app.safepost.moderation.domain;

import app.safepost.common.PdfPages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The governors' termly report as an A4 PDF, headed by the school's logo and name (which also make
 * the document's subject). It prints what it is given, in order: the headline figures, the charts
 * (images drawn at twice screen resolution) and the lists under their headings.
 */
public final class TermReportPdf {

    /** A list under its heading, and what to print instead when it is empty ({@code null}: nothing). */
    public record Listing(
            String heading, List<String> lines, @Nullable String whenEmpty) {}

    /**
     * Everything the report prints.
     *
     * @param period     the term's first and last day in words
     * @param figures    the incident figures, a paragraph each
     * @param byCategory a line per incident category
     * @param byAccount  a line per account
     */
    public record Printout(
            String termName,
            String period,
            List<String> figures,
            List<String> byCategory,
            List<String> byAccount,
            List<BufferedImage> charts,
            List<Listing> listings) {}

    private TermReportPdf() {}

    public static byte[] of(Printout printout, PdfPages.Letterhead school) {
        var title = "Moderation report, " + printout.termName();
        return PdfPages.write(
                title, "Governors' termly report, " + school.schoolName(), title, school, pdf -> write(printout, pdf));
    }

    private static void write(Printout p, PdfPages pdf) throws IOException {
        pdf.paragraph("Moderation report: " + p.termName(), pdf.bold(), 16, 4);
        pdf.paragraph(p.period() + ". No pupil is named in this report.", pdf.regular(), 10, 10);
        pdf.paragraph("Incidents", pdf.bold(), 13, 2);
        for (var figure : p.figures()) {
            pdf.paragraph(figure, pdf.regular(), 10, 2);
        }
        for (var category : p.byCategory()) {
            pdf.paragraph(category, pdf.regular(), 10, 0);
        }
        pdf.space(6);
        for (var account : p.byAccount()) {
            pdf.line(account);
        }
        pdf.space(6);
        for (var chart : p.charts()) {
            pdf.image(chart);
        }
        for (int i = 0; i < p.listings().size(); i++) {
            if (i > 0) {
                pdf.space(6);
            }
            write(p.listings().get(i), pdf);
        }
    }

    private static void write(Listing listing, PdfPages pdf) throws IOException {
        pdf.paragraph(listing.heading(), pdf.bold(), 13, 2);
        if (listing.lines().isEmpty() && listing.whenEmpty() != null) {
            pdf.line(listing.whenEmpty());
        }
        for (var line : listing.lines()) {
            pdf.line(line);
        }
    }
}
