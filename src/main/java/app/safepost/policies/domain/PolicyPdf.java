package app.safepost.policies.domain;

import app.safepost.common.PdfText;
import app.safepost.common.SchoolTime;
import app.safepost.policies.PolicyVersion;
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

/**
 * A policy version as a plain A4 PDF for the school website and the governors' pack: the text with its
 * headings and lists, then the sign-off block (who signed, when, the next review, and the SHA-256 of
 * the exact text signed). It uses the PDF standard fonts, so characters they lack print as "?".
 */
public final class PolicyPdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDFont mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private final PdfText pdfText = new PdfText();
    private final String footer;
    private PDPageContentStream page;
    private float y;
    private int pages;

    private PolicyPdf(String footer) {
        this.footer = footer;
    }

    public static byte[] of(PolicyVersion version) {
        var pdf = new PolicyPdf(version.title() + " - version " + version.number());
        try {
            return pdf.write(version);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the policy PDF", e);
        }
    }

    private byte[] write(PolicyVersion version) throws IOException {
        document.getDocumentInformation().setTitle(version.title() + " (version " + version.number() + ")");
        document.getDocumentInformation().setSubject("Policy of Jesse Gray Primary School");
        newPage();
        paragraph(version.title(), bold, 16, 6);
        paragraph("Version " + version.number() + (version.adopted() ? ", in force" : ", superseded"), regular, 10, 12);
        for (var line : version.text().split("\r?\n")) {
            var stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (stripped.startsWith("#")) {
                int level = stripped.indexOf(' ') > 0 ? stripped.indexOf(' ') : 1;
                paragraph(clean(stripped.replaceFirst("^#+\\s*", "")), bold, level <= 2 ? 14 : 12, 6);
            } else if (stripped.startsWith("- ") || stripped.startsWith("* ")) {
                paragraph("\u2022 " + clean(stripped.substring(2)), regular, 10.5f, 4);
            } else {
                paragraph(clean(stripped), regular, 10.5f, 8);
            }
        }
        y -= 10;
        paragraph("Sign-off", bold, 13, 6);
        var signOff = version.signOff();
        if (signOff != null) {
            paragraph("Signed by " + signOff.signedByName() + ", head teacher, on " + SchoolTime.date(signOff.signedOn())
                    + ".", regular, 10.5f, 4);
        } else {
            paragraph("Adopted before the portal kept sign-offs: no signature is held for this version.", regular,
                    10.5f, 4);
        }
        paragraph("Date adopted: " + SchoolTime.date(version.adoptedOn()), regular, 10.5f, 4);
        paragraph("Next review: " + SchoolTime.date(version.reviewDue()), regular, 10.5f, 4);
        if (signOff != null && signOff.overrideReason() != null) {
            paragraph("Signed with comments still open: " + clean(signOff.overrideReason()), regular, 10.5f, 4);
        }
        paragraph("SHA-256 of the text" + (signOff != null ? " signed" : "") + ":", regular, 10.5f, 2);
        paragraph(version.textSha256(), mono, 8.5f, 4);
        page.close();
        var out = new ByteArrayOutputStream();
        document.save(out);
        document.close();
        return out.toByteArray();
    }

    /** Markdown emphasis and link brackets removed; the words stay. */
    private static String clean(String text) {
        return text.replace("**", "").replace("__", "").replaceAll("<(https?://[^>]+)>", "$1");
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
