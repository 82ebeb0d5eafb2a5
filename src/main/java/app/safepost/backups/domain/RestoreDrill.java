package app.safepost.backups.domain;

import app.safepost.backups.BackupRun;
import app.safepost.backups.CopyVerdict;
import app.safepost.backups.RestoredCopyCheck;
import app.safepost.database.DatabaseAddress;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The restore drill: the latest backup's checksum checked, the backup restored with pg_restore into a
 * scratch database on the same server, every table's row count compared with the counts the backup
 * recorded of its snapshot, and each module's own check of the copy run (the revision chain, by the
 * audit module's integrity check). The scratch database is dropped afterwards, passed or failed.
 */
@Component
public class RestoreDrill {

    private static final Logger log = LoggerFactory.getLogger(RestoreDrill.class);
    private static final int DIFFERENCES_SHOWN = 5;

    private final BackupSettings settings;
    private final BackupConnection connection;
    private final BackupDirectory directory;
    private final PgTools tools;
    private final List<RestoredCopyCheck> checks;
    private final Clock clock;

    RestoreDrill(BackupSettings settings, DatabaseAddress database, List<RestoredCopyCheck> checks, Clock clock) {
        this.settings = settings;
        this.connection = new BackupConnection(database, settings);
        this.directory = new BackupDirectory(settings.directory());
        this.tools = new PgTools(settings.toolsDirectory());
        this.checks = List.copyOf(checks);
        this.clock = clock;
    }

    /** Restores and checks the latest backup; the outcome, failed with its reason rather than thrown. */
    public BackupRun run() {
        var started = now();
        BackupFile backup = null;
        try {
            backup = directory
                    .latest()
                    .orElseThrow(() -> new BackupProblem("There is no backup in " + directory.path() + " to restore"
                            + (settings.enabled() ? "." : ": nightly backups are off.")));
            directory.verify(backup);
            var scratch = restore(backup, settings.drillDatabase());
            try {
                var restored = now();
                var findings = verify(backup, scratch);
                var finished = now();
                var passed = findings.stream().allMatch(CopyVerdict::passed);
                var summary = summary(
                        backup, Duration.between(started, restored), Duration.between(restored, finished), findings);
                (passed ? log.atInfo() : log.atError())
                        .log("Restore drill {}: {}", passed ? "passed" : "failed", summary);
                return new BackupRun(
                        BackupRun.Kind.DRILL,
                        started,
                        finished,
                        passed,
                        backup.fileName(),
                        backup.sizeBytes(),
                        backup.sha256(),
                        summary);
            } finally {
                connection.dropScratch(settings.drillDatabase());
            }
        } catch (BackupProblem | SQLException e) {
            var problem = e instanceof BackupProblem
                    ? e.getMessage()
                    : "The scratch database could not be prepared or read: " + e.getMessage();
            log.error("Restore drill failed: {}", problem);
            return new BackupRun(
                    BackupRun.Kind.DRILL,
                    started,
                    now(),
                    false,
                    backup == null ? null : backup.fileName(),
                    backup == null ? null : backup.sizeBytes(),
                    backup == null ? null : backup.sha256(),
                    problem);
        }
    }

    /**
     * Restores a backup into a database of this name on the same server, dropped and created empty first;
     * where the copy is.
     */
    DatabaseAddress restore(BackupFile backup, String into) throws SQLException {
        var pgRestore = tools.find("pg_restore");
        var version = tools.version(pgRestore);
        PgTools.checkCanServe("pg_restore", version, PgTools.major(backup.pgDumpVersion()));
        try (var server = connection.open()) {
            PgTools.checkCanServe("pg_restore", version, BackupConnection.serverMajor(server));
        }
        var scratch = connection.freshScratch(into);
        tools.run(
                List.of(
                        pgRestore.toString(),
                        "--no-owner",
                        "--no-privileges",
                        "--exit-on-error",
                        "--dbname=" + scratch.database(),
                        backup.dump().toString()),
                scratch.environment(),
                Duration.ofHours(4));
        return scratch;
    }

    private List<CopyVerdict> verify(BackupFile backup, DatabaseAddress copy) throws SQLException {
        var findings = new ArrayList<CopyVerdict>();
        try (var connection = BackupConnection.open(copy)) {
            findings.add(compare(backup.rows(), BackupConnection.rowCounts(connection)));
        }
        var source = BackupConnection.dataSource(copy);
        for (var check : checks) {
            findings.add(check.check(source));
        }
        return findings;
    }

    static CopyVerdict compare(Map<String, Long> expected, Map<String, Long> found) {
        var differences = new ArrayList<String>();
        for (var table : new TreeSet<>(expected.keySet())) {
            var there = found.get(table);
            if (there == null) {
                differences.add(table + " is missing");
            } else if (!there.equals(expected.get(table))) {
                differences.add(table + " has " + there + " rows instead of " + expected.get(table));
            }
        }
        found.keySet().stream()
                .filter(t -> !expected.containsKey(t))
                .sorted()
                .forEach(t -> differences.add(t + " was not in the backup"));
        long rows = expected.values().stream().mapToLong(Long::longValue).sum();
        if (differences.isEmpty()) {
            return new CopyVerdict(
                    true,
                    "all " + expected.size() + " tables hold the " + String.format(Locale.UK, "%,d", rows)
                            + " rows the backup recorded");
        }
        var shown = differences.stream().limit(DIFFERENCES_SHOWN).toList();
        return new CopyVerdict(
                false,
                differences.size() + " of " + expected.size()
                        + " tables differ from what the backup recorded: " + String.join("; ", shown)
                        + (differences.size() > shown.size() ? "; …" : ""));
    }

    private static String summary(
            BackupFile backup, Duration restoring, Duration verifying, List<CopyVerdict> findings) {
        return "Restored " + backup.fileName() + " (" + BackupRun.size(backup.sizeBytes()) + ", checksum matched)"
                + " into a scratch database in " + DatabaseBackup.seconds(restoring) + " and checked it in "
                + DatabaseBackup.seconds(verifying) + ": "
                + String.join("; ", findings.stream().map(CopyVerdict::summary).toList()) + ".";
    }

    /** To the microsecond, as PostgreSQL keeps it. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
