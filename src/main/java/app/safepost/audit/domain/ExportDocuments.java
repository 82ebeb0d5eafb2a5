package app.safepost.audit.domain;

import app.safepost.audit.AuditEntry;
import app.safepost.audit.ChangeType;
import app.safepost.audit.ReadableChange;
import app.safepost.common.CsvCells;
import app.safepost.common.SchoolTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes exported entries as CSV (formula-safe, through {@link CsvCells}) or as a plain A4 PDF. */
public final class ExportDocuments {

    /** One exported entry: its record as people call it, and its changes in words. */
    public record Item(AuditEntry entry, String record, List<ReadableChange> changes) {}

    public record Heading(String exportedBy, Instant exportedAt, String filter, int entries, boolean truncated) {}

    private ExportDocuments() {}

    /** One line per changed field (one for an entry with none), each cell safe from spreadsheet formulas. */
    public static byte[] csv(Heading heading, List<Item> items) {
        var rows = new ArrayList<List<?>>();
        for (var item : items) {
            var e = item.entry();
            var common = List.of(
                    SchoolTime.dateTime(e.at()),
                    e.by(),
                    e.type().label(),
                    item.record(),
                    changeWords(e.change()),
                    Long.toString(e.revision()),
                    e.recordId());
            if (item.changes().isEmpty()) {
                var row = new ArrayList<Object>(common);
                row.addAll(List.of("", "", ""));
                rows.add(row);
            }
            for (var change : item.changes()) {
                var row = new ArrayList<Object>(common);
                row.add(change.label());
                row.add(change.before());
                row.add(change.after());
                rows.add(row);
            }
        }
        rows.add(List.of("Exported by " + heading.exportedBy() + " on " + SchoolTime.dateTime(heading.exportedAt())
                + "; filters: " + heading.filter() + "; " + heading.entries() + " entries"
                + (heading.truncated() ? " (limit reached: narrow the filters for the rest)" : "")));
        var csv = CsvCells.write(
                List.of(
                        "When",
                        "Who",
                        "Record type",
                        "Record",
                        "Change",
                        "Revision",
                        "Record id",
                        "Field",
                        "Before",
                        "After"),
                rows);
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    /** The kind of change in words, as the screen says it. */
    public static String changeWords(ChangeType change) {
        return switch (change) {
            case ADDED -> "Added";
            case MODIFIED -> "Changed";
            case DELETED -> "Deleted";
        };
    }

    private static final float MARGIN = 50;
    private static final float LEADING = 13;
    private static final float FONT_SIZE = 9;
    private static final int WRAP = 110;

    /** The same content as a paginated A4 document in Helvetica. */
    public static byte[] pdf(Heading heading, List<Item> items) {
        var lines = new ArrayList<String>();
        lines.add("Exported by " + heading.exportedBy() + " on " + SchoolTime.dateTime(heading.exportedAt()));
        lines.add("Filters: " + heading.filter() + "; " + heading.entries() + " entries"
                + (heading.truncated() ? " (limit reached)" : ""));
        lines.add("");
        for (var item : items) {
            var e = item.entry();
            lines.add(SchoolTime.dateTime(e.at()) + "  " + e.by() + "  "
                    + e.type().label() + ": " + item.record() + "  " + changeWords(e.change()) + " (revision "
                    + e.revision() + ", record " + e.recordId() + ")");
            for (var change : item.changes()) {
                lines.add("    " + change.label() + ": " + change.before() + " -> " + change.after());
            }
        }
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDPageContentStream stream = null;
            float y = 0;
            boolean first = true;
            for (var line : wrapped(lines)) {
                if (stream == null || y < MARGIN) {
                    if (stream != null) {
                        stream.endText();
                        stream.close();
                    }
                    var page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    stream = new PDPageContentStream(document, page);
                    stream.beginText();
                    y = page.getMediaBox().getHeight() - MARGIN;
                    stream.newLineAtOffset(MARGIN, y);
                    if (first) {
                        stream.setFont(bold, 14);
                        stream.showText("Safepost audit trail export");
                        stream.newLineAtOffset(0, -2 * LEADING);
                        y -= 2 * LEADING;
                        first = false;
                    }
                    stream.setFont(font, FONT_SIZE);
                }
                stream.showText(encodable(line, font));
                stream.newLineAtOffset(0, -LEADING);
                y -= LEADING;
            }
            if (stream != null) {
                stream.endText();
                stream.close();
            }
            document.getDocumentInformation().setTitle("Safepost audit trail export");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrapped(List<String> lines) {
        var result = new ArrayList<String>();
        for (var line : lines) {
            var rest = line.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
            while (rest.length() > WRAP) {
                int cut = rest.lastIndexOf(' ', WRAP);
                if (cut < WRAP / 2) {
                    cut = WRAP;
                }
                result.add(rest.substring(0, cut));
                rest = "      " + rest.substring(cut).stripLeading();
            }
            result.add(rest);
        }
        return result;
    }

    /** Helvetica covers WinAnsi only; anything else is shown as '?'. */
    private static String encodable(String line, PDType1Font font) {
        var out = new StringBuilder(line.length());
        line.codePoints().forEach(cp -> {
            var s = new String(Character.toChars(cp));
            try {
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException notInFont) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
