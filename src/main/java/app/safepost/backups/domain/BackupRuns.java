package app.safepost.backups.domain;

import app.safepost.backups.BackupRun;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of backups and drills ({@code backup_run}). Each run is committed on its own as soon as
 * it ends, whatever the nightly job's transaction does after it, so a failure is never lost with the
 * work that failed.
 */
@Repository
public class BackupRuns {

    private static final int MAX_SUMMARY = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate apart;

    BackupRuns(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void record(BackupRun run, String instance) {
        var summary = run.summary().length() > MAX_SUMMARY
                ? run.summary().substring(0, MAX_SUMMARY - 1) + "…"
                : run.summary();
        apart.executeWithoutResult(status -> jdbc.update(
                """
                        insert into backup_run (kind, started_at, finished_at, instance, succeeded, file_name,
                            size_bytes, sha256, summary) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                run.kind().name(),
                Timestamp.from(run.startedAt()),
                Timestamp.from(run.finishedAt()),
                instance,
                run.succeeded(),
                run.fileName(),
                run.sizeBytes(),
                run.sha256(),
                summary));
    }

    /** The newest run of this kind, or the newest that succeeded or failed. */
    public Optional<BackupRun> latest(BackupRun.Kind kind) {
        return jdbc.query("""
                select kind, started_at, finished_at, succeeded, file_name, size_bytes, sha256, summary from backup_run
                where kind = ? order by finished_at desc, id desc limit 1""", BackupRuns::run, kind.name()).stream().findFirst();
    }

    public Optional<BackupRun> latest(BackupRun.Kind kind, boolean succeeded) {
        return jdbc.query("""
                select kind, started_at, finished_at, succeeded, file_name, size_bytes, sha256, summary from backup_run
                where kind = ? and succeeded = ? order by finished_at desc, id desc limit 1""", BackupRuns::run, kind.name(), succeeded).stream().findFirst();
    }

    private static BackupRun run(ResultSet rs, int row) throws SQLException {
        return new BackupRun(
                BackupRun.Kind.valueOf(rs.getString(1)),
                rs.getTimestamp(2).toInstant(),
                rs.getTimestamp(3).toInstant(),
                rs.getBoolean(4),
                rs.getString(5),
                (Long) rs.getObject(6),
                rs.getString(7),
                rs.getString(8));
    }
}
