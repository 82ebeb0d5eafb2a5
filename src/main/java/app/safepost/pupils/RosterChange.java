package app.safepost.pupils;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One pupil in an import preview.
 *
 * @param line the file's line, or {@code null} for a pupil archived because the file no longer lists them
 */
public record RosterChange(
        @Nullable Integer line, String upn, String name, RosterChangeKind kind, List<FieldDifference> differences) {

    public RosterChange {
        differences = List.copyOf(differences);
    }

    /** A field's value on the roster and in the file, as text. */
    public record FieldDifference(String field, String before, String after) {}
}
