package app.safepost.pupils;

import org.jspecify.annotations.Nullable;

/**
 * Why a roster file cannot be imported, as precisely as the file allows.
 *
 * @param line   the file's line (1 is the header), or {@code null} for the file as a whole
 * @param column the column's header name, or {@code null} for the whole line
 */
public record RosterProblem(
        @Nullable Integer line, @Nullable String column, String message) {

    /** "Line 4, column surname: …" as shown on screen. */
    public String describe() {
        var where = line == null ? "" : "Line " + line + (column == null ? "" : ", column " + column) + ": ";
        return where + message;
    }
}
