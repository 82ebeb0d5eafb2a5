package app.safepost.backups.domain;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One backup in the backup directory: the dump and what its manifest says of it.
 *
 * @param madeAt        the moment of the database's snapshot it holds
 * @param serverVersion the PostgreSQL server it was taken from
 * @param pgDumpVersion the pg_dump that wrote it
 * @param rows          every table's row count in that snapshot, by schema-qualified name
 */
public record BackupFile(
        Path dump,
        Instant madeAt,
        long sizeBytes,
        String sha256,
        String serverVersion,
        String pgDumpVersion,
        SortedMap<String, Long> rows) {

    public BackupFile {
        rows = new TreeMap<>(rows);
    }

    public String fileName() {
        return dump.getFileName().toString();
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    static BackupFile of(
            Path dump,
            Instant madeAt,
            long sizeBytes,
            String sha256,
            String serverVersion,
            String pgDumpVersion,
            Map<String, Long> rows) {
        return new BackupFile(dump, madeAt, sizeBytes, sha256, serverVersion, pgDumpVersion, new TreeMap<>(rows));
    }
}
