package app.safepost.common;

import java.awt.image.BufferedImage;
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
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

/**
 * An A4 document written top to bottom: wrapped paragraphs and images, a new page whenever the next
 * line or image would reach the bottom margin, and a footer with the page number on every page; with
 * a {@link Letterhead}, the first page starts with the school's logo and name. The
 * standard PDF fonts, so nothing is embedded and characters they lack print as "?" ({@link PdfText}).
 */
public final class PdfPages {

    private static final float MARGIN = 56;
    /** The width of the text column in points. */
    public static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    // Fonts per document: their glyph caches are not safe to share between threads.
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDFont mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private final PdfText text = new PdfText();
    private final String footer;
    private PDPageContentStream page;
    private float y;
    private int pages;

    /** Content written on the pages; may throw the PDF library's {@link IOException}. */
    @FunctionalInterface
    public interface Content {
        void writeOn(PdfPages pages) throws IOException;
    }

    private PdfPages(String title, String subject, String footer) {
        this.footer = footer;
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setSubject(subject);
    }

    /**
     * Whose document it is: the school's name and, if it has one, its logo (PNG or JPEG bytes as stored),
     * at the head of the first page.
     */
    public record Letterhead(String schoolName, byte @Nullable [] logo) {}

    /** The document's bytes, its content written by {@code content}; every page's footer reads "footer - page n". */
    public static byte[] write(String title, String subject, String footer, Content content) {
        return write(title, subject, footer, null, content);
    }

    /** The same, headed by the school's logo and name. */
    public static byte[] write(
            String title, String subject, String footer, @Nullable Letterhead letterhead, Content content) {
        var pdf = new PdfPages(title, subject, footer);
        try (var document = pdf.document) {
            pdf.newPage();
            if (letterhead != null) {
                pdf.letterhead(letterhead);
            }
            content.writeOn(pdf);
            pdf.page.close();
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF \"" + title + "\"", e);
        }
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    public PDFont mono() {
        return mono;
    }

    /** The text wrapped to the column, then {@code after} points of space. */
    public void paragraph(String words, PDFont font, float size, float after) throws IOException {
        var leading = size * 1.35f;
        for (var line : text.wrap(words, font, size, WIDTH)) {
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

    /** A line of regular 10-point text. */
    public void line(String words) throws IOException {
        paragraph(words, regular, 10, 1);
    }

    /** Vertical space. */
    public void space(float points) {
        y -= points;
    }

    /** The image across the column's full width, on a new page if it does not fit on this one. */
    public void image(BufferedImage image) throws IOException {
        var height = WIDTH * image.getHeight() / image.getWidth();
        if (y - height < MARGIN + 20) {
            page.close();
            newPage();
        }
        y -= height;
        page.drawImage(LosslessFactory.createFromImage(document, image), MARGIN, y, WIDTH, height);
        y -= 12;
    }

    /** The logo, at most 48 points high and half the column wide, then the school's name under it. */
    private void letterhead(Letterhead letterhead) throws IOException {
        if (letterhead.logo() != null) {
            var logo = PDImageXObject.createFromByteArray(document, letterhead.logo(), "logo");
            float scale = Math.min(48f / logo.getHeight(), WIDTH / 2 / logo.getWidth());
            float height = logo.getHeight() * scale;
            y -= height;
            page.drawImage(logo, MARGIN, y, logo.getWidth() * scale, height);
            y -= 6;
        }
        paragraph(letterhead.schoolName(), bold, 12, 14);
    }

    private void newPage() throws IOException {
        var next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        pages++;
        page.beginText();
        page.setFont(regular, 8);
        page.newLineAtOffset(MARGIN, MARGIN - 20);
        page.showText(text.printable(footer + " - page " + pages, regular));
        page.endText();
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}
