package app.safepost.moderation.domain;

import app.safepost.common.PdfText;
import app.safepost.common.SchoolTime;
import app.safepost.moderation.GovernorsReport;
import app.safepost.moderation.IncidentCategory;
import app.safepost.moderation.TermReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.jfree.chart.JFreeChart;

/**
 * The governors' termly report as an A4 PDF: the figures, both charts (drawn as images at twice
 * screen resolution), the blocks made and the follow exceptions. Standard fonts, as the policy PDF.
 */
public final class TermReportPdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PdfText pdfText = new PdfText();
    private final String footer;
    private PDPageContentStream page;
    private float y;
    private int pages;

    private TermReportPdf(String footer) {
        this.footer = footer;
    }

    public static byte[] of(TermReport report) {
        var pdf = new TermReportPdf("Moderation report, " + report.term().name());
        try {
            return pdf.write(report);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the termly report", e);
        }
    }

    private byte[] write(TermReport r) throws IOException {
        document.getDocumentInformation().setTitle("Moderation report, " + r.term().name());
        document.getDocumentInformation().setSubject("Governors' termly report, Jesse Gray Primary School");
        newPage();
        paragraph("Moderation report: " + r.term().name(), bold, 16, 4);
        paragraph(SchoolTime.date(r.term().firstDay()) + " to " + SchoolTime.date(r.term().lastDay())
                + ". No pupil is named in this report.", regular, 10, 10);
        paragraph("Incidents", bold, 13, 2);
        paragraph(r.incidents() + " reported, " + r.serious() + " serious, " + r.escalations()
                + " escalated to an authority, " + r.stillOpen() + " still open.", regular, 10, 2);
        paragraph("Median time to first action: " + GovernorsReport.inWords(r.medianToFirstAction())
                + ". Median time to close: " + GovernorsReport.inWords(r.medianToClose()) + ".", regular, 10, 2);
        for (var category : IncidentCategory.values()) {
            paragraph(category.label() + ": " + r.byCategory().getOrDefault(category, 0), regular, 10, 0);
        }
        y -= 6;
        for (var entry : r.byAccount().entrySet()) {
            line(entry.getKey() + ": " + entry.getValue());
        }
        y -= 6;
        chart(IncidentCharts.byCategory(r));
        chart(IncidentCharts.byAccount(r));
        paragraph("Blocks made (" + r.blocks().size() + ")", bold, 13, 2);
        if (r.blocks().isEmpty()) {
            line("None this term.");
        }
        for (var b : r.blocks()) {
            line(SchoolTime.dateTime(b.decidedAt()) + " - " + b.followerHandle() + " on " + b.accountHandle() + " - "
                    + (b.reasonCategory() == null ? "" : b.reasonCategory().label()) + " - by " + b.decidedByName()
                    + " - " + (b.platformOutcome() == null ? "" : b.platformOutcome().label()));
        }
        y -= 6;
        paragraph("Accounts the school follows (" + r.followed().size() + ")", bold, 13, 2);
        if (r.followed().isEmpty()) {
            line("None: the school's accounts follow nobody.");
        }
        for (var f : r.followed()) {
            line(f.handle() + " (" + f.kind().label() + ") from " + f.accountHandle() + " - approved by "
                    + f.decidedByName() + ": " + f.decisionReason());
        }
        y -= 6;
        paragraph("Follow requests decided this term (" + r.decidedInTerm().size() + ")", bold, 13, 2);
        for (var f : r.decidedInTerm()) {
            line(f.handle() + " - " + f.status().label() + " by " + f.decidedByName() + ": " + f.decisionReason());
        }
        page.close();
        var out = new ByteArrayOutputStream();
        document.save(out);
        document.close();
        return out.toByteArray();
    }

    private void line(String text) throws IOException {
        paragraph(text, regular, 10, 1);
    }

    private void chart(JFreeChart chart) throws IOException {
        var height = WIDTH * IncidentCharts.HEIGHT / IncidentCharts.WIDTH;
        if (y - height < MARGIN + 20) {
            page.close();
            newPage();
        }
        var image = LosslessFactory.createFromImage(document, IncidentCharts.image(chart));
        y -= height;
        page.drawImage(image, MARGIN, y, WIDTH, height);
        y -= 12;
    }

    private void paragraph(String text, PDFont font, float size, float after) throws IOException {
        var leading = size * 1.35f;
        for (var line : pdfText.wrap(text, font, size, WIDTH)) {
            if (y - leading < MARGIN + 20) {
                page.close();
                newPage();
            }
            y -= leading;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(MARGIN, y);
            page.showText(line);
            page.endText();
        }
        y -= after;
    }

    private void newPage() throws IOException {
        var next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        pages++;
        page.beginText();
        page.setFont(regular, 8);
        page.newLineAtOffset(MARGIN, MARGIN - 20);
        page.showText(pdfText.printable(footer + " - page " + pages, regular));
        page.endText();
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}
