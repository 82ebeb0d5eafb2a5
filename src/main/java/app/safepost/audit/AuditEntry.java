package app.safepost.audit;

import java.time.Instant;

/**
 * One record changed by one revision: a row of the explorer. Also the position to page on from:
 * entries are listed newest first by (time, revision, table, record).
 */
public record AuditEntry(
        long revision, Instant at, String by, RecordType type, String recordId, ChangeType change, String auditTable) {}
