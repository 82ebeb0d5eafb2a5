package app.safepost.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the explorer lists: every filter optional. Dates are school days (Europe/London), both
 * inclusive.
 *
 * @param recordType a {@link RecordType#name()}
 * @param recordId   one record's id, as the explorer shows it
 */
public record AuditQuery(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String username,
                         @Nullable String recordType, @Nullable String recordId, @Nullable ChangeType change) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    public static AuditQuery ofRecord(String recordType, String recordId) {
        return new AuditQuery(null, null, null, recordType, recordId, null);
    }

    /** The filters in words, for exports. */
    public String describe() {
        var parts = new StringBuilder();
        append(parts, "from", from == null ? null : from.toString());
        append(parts, "to", to == null ? null : to.toString());
        append(parts, "user", username);
        append(parts, "type", recordType);
        append(parts, "record", recordId);
        append(parts, "change", change == null ? null : change.apiName());
        return parts.isEmpty() ? "everything" : parts.toString();
    }

    private static void append(StringBuilder parts, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            if (!parts.isEmpty()) {
                parts.append("; ");
            }
            parts.append(name).append(' ').append(value);
        }
    }
}
