package app.safepost.audit;

import app.safepost.common.SchoolTime;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the explorer lists: every filter optional. Dates are school days (Europe/London), both
 * inclusive.
 *
 * @param recordType a {@link RecordType#name()}
 * @param recordId   one record's id, as the explorer shows it
 * @param internal   whether to list the portal's own bookkeeping records (sync claims, live-publishing
 *                   switches) among the rest; a query for one type or one record lists them anyway
 */
public record AuditQuery(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String username,
        @Nullable String recordType,
        @Nullable String recordId,
        @Nullable ChangeType change,
        boolean internal) {

    public AuditQuery(
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String username,
            @Nullable String recordType,
            @Nullable String recordId,
            @Nullable ChangeType change) {
        this(from, to, username, recordType, recordId, change, false);
    }

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    public static AuditQuery ofRecord(String recordType, String recordId) {
        return new AuditQuery(null, null, null, recordType, recordId, null);
    }

    /** Whether the portal's own bookkeeping records are left out of this list. */
    public boolean leavesOutInternal() {
        return !internal && (recordType == null || recordType.isBlank()) && (recordId == null || recordId.isBlank());
    }

    /** The filters in words, for exports. */
    public String describe() {
        var parts = new StringBuilder();
        append(parts, "from", from == null ? null : SchoolTime.date(from));
        append(parts, "to", to == null ? null : SchoolTime.date(to));
        append(parts, "user", username);
        append(parts, "type", recordType);
        append(parts, "record", recordId);
        append(parts, "change", change == null ? null : change.apiName());
        append(parts, "internal records", internal ? "included" : null);
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
