package app.safepost.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes CSV that is safe to open in a spreadsheet: a cell that would start a formula (= + - @, or a
 * tab or carriage return before one) is prefixed with an apostrophe, so Excel and LibreOffice show it
 * as text instead of running it (CSV formula injection). Every CSV the portal writes goes through here.
 */
public final class CsvCells {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private CsvCells() {}

    /** The value as a spreadsheet will show it: text, never a formula. */
    public static String safe(Object value) {
        if (value == null) {
            return "";
        }
        var text = value.toString();
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + text;
        }
        return text;
    }

    /** A whole CSV document (RFC 4180, CRLF line ends), every cell made safe. */
    public static String write(List<String> header, List<? extends List<?>> rows) {
        var out = new StringBuilder();
        try (var printer = FORMAT.print(out)) {
            printer.printRecord(header.stream().map(CsvCells::safe).toList());
            for (var row : rows) {
                printer.printRecord(row.stream().map(CsvCells::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
