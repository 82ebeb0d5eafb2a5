package app.safepost.backups.domain;

import app.safepost.backups.BackupRun;
import app.safepost.database.DatabaseAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One backup of the whole database: pg_dump in its custom format, of a snapshot the portal exports
 * from a transaction of its own, so that the row counts written in the manifest are those of exactly
 * what the dump holds however busy the portal is. Then the checksum, the manifest and the rotation.
 */
@Component
public class DatabaseBackup {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);

    private final BackupSettings settings;
    private final BackupConnection connection;
    private final BackupDirectory directory;
    private final PgTools tools;
    private final Clock clock;

    DatabaseBackup(BackupSettings settings, DatabaseAddress database, Clock clock) {
        this.settings = settings;
        this.connection = new BackupConnection(database, settings);
        this.directory = new BackupDirectory(settings.directory());
        this.tools = new PgTools(settings.toolsDirectory());
        this.clock = clock;
    }

    /** Makes a backup now and rotates the directory; the outcome, failed with its reason rather than thrown. */
    public BackupRun run() {
        var started = now();
        Path partial = null;
        try {
            var pgDump = tools.find("pg_dump");
            var pgDumpVersion = tools.version(pgDump);
            directory.prepare();
            BackupFile backup;
            try (var snapshot = connection.open()) {
                PgTools.checkCanServe("pg_dump", pgDumpVersion, BackupConnection.serverMajor(snapshot));
                var serverVersion = BackupConnection.serverVersion(snapshot);
                var exported = export(snapshot);
                var rows = BackupConnection.rowCounts(snapshot);
                partial = directory.partialFor(started);
                tools.run(
                        List.of(
                                pgDump.toString(),
                                "--format=custom",
                                "--snapshot=" + exported,
                                "--file=" + partial,
                                "--dbname=" + connection.address().database()),
                        connection.address().environment(),
                        Duration.ofHours(4));
                snapshot.commit();
                backup = directory.complete(partial, started, serverVersion, pgDumpVersion, rows);
            }
            var deleted = directory.rotate(settings.rotation(), now());
            var finished = now();
            var summary = summary(backup, Duration.between(started, finished), deleted.size());
            log.info("Backup made: {}", summary);
            return new BackupRun(
                    BackupRun.Kind.BACKUP,
                    started,
                    finished,
                    true,
                    backup.fileName(),
                    backup.sizeBytes(),
                    backup.sha256(),
                    summary);
        } catch (BackupProblem | IOException | SQLException e) {
            deletePartial(partial);
            var problem = e instanceof BackupProblem ? e.getMessage() : describe(e);
            log.error("Backup failed: {}", problem);
            return new BackupRun(BackupRun.Kind.BACKUP, started, now(), false, null, null, null, problem);
        }
    }

    /** A repeatable-read, read-only transaction and its snapshot's name, for pg_dump to take the same one. */
    private static String export(Connection snapshot) throws SQLException {
        snapshot.setAutoCommit(false);
        snapshot.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        try (var statement = snapshot.createStatement();
                var rs = statement.executeQuery("select pg_export_snapshot()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private String summary(BackupFile backup, Duration took, int deleted) {
        return backup.fileName() + ": " + BackupRun.size(backup.sizeBytes()) + ", "
                + String.format(Locale.UK, "%,d", backup.totalRows())
                + " rows in " + backup.rows().size() + " tables, made in " + seconds(took) + " into "
                + directory.path()
                + (deleted == 0
                        ? "."
                        : "; " + deleted + " older backup" + (deleted == 1 ? "" : "s") + " deleted by the rotation.");
    }

    static String seconds(Duration took) {
        return String.format(Locale.UK, "%.1f s", took.toMillis() / 1000.0);
    }

    static String describe(Exception e) {
        if (e instanceof SQLException sql) {
            return "The database could not be read for the backup: " + sql.getMessage();
        }
        return "The backup could not be written: " + e.getMessage();
    }

    private static void deletePartial(Path partial) {
        if (partial != null) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // cleared by the next night's rotation
            }
        }
    }

    /** To the microsecond, as PostgreSQL keeps it. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
