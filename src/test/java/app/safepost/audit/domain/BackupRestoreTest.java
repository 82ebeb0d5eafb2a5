package app.safepost.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.AccountId;
import app.safepost.audit.IntegrityReport;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.Drafts;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.FileSystemUtils;

/**
 * The backup of docs/reliability.md, done for real: pg_dump of the portal's database (photos are in
 * it too), pg_restore into a PostgreSQL server on a fresh data directory, and every draft, draft
 * version, consent, consent change and audit revision is there, with the revision chain's integrity
 * check passing on the copy. Then the copy's data directory is copied while its server is stopped
 * (the embedded setup's cold backup) and checked again.
 */
@SafepostTest
class BackupRestoreTest {

    /** Tables whose every row must come back, and what they hold. */
    private static final List<String> TABLES = List.of(
            "draft",
            "draft_aud",
            "image_consent_record",
            "image_consent_record_aud",
            "pupil",
            "pupil_aud",
            "photo",
            "media_content",
            "revision_info",
            "revision_chain",
            "policy_document");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Drafts drafts;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    private final Path work =
            Path.of("target", "backup-test-" + ProcessHandle.current().pid());

    @AfterEach
    void cleanUp() throws IOException {
        SignedIn.nobody();
        FileSystemUtils.deleteRecursively(work);
    }

    @Test
    void a_dump_restored_on_a_fresh_data_dir_holds_every_record_and_an_intact_audit_chain() throws Exception {
        assertThat(onPath("pg_dump") && onPath("pg_restore"))
                .as("pg_dump and pg_restore are installed (Debian: apt-get install postgresql-client)")
                .isTrue();
        SignedIn.as(demoUsers, DemoUsers.HEAD);
        // Other tests of the shared database break the chain on purpose to see it detected; what this
        // test writes is checked link by link, and the whole chain's verdict must be the same on the copy.
        var from = Math.max(1, new RevisionChain(jdbc).headPosition());
        var wholeSchool =
                jdbc.queryForObject("select id from social_account where handle = '@JesseGrayPrimary'", UUID.class);
        drafts.create(new AccountId(wholeSchool), DraftContent.text("Before the backup " + System.nanoTime()));

        // The dump holds every school's rows: counted as its owner, whom row-level security does not hold,
        // in the very snapshot pg_dump copies, so that the portal's own jobs writing meanwhile change neither.
        Map<String, Long> before;
        IntegrityReport sourceChain;
        IntegrityReport sourceWhole;
        Map<UUID, IntegrityReport> everySchoolsChain;
        var now = Instant.now();
        Files.createDirectories(work);
        var dump = work.resolve("safepost.dump").toAbsolutePath();
        try (var held = DriverManager.getConnection(TestDatabase.jdbcUrl())) {
            held.setAutoCommit(false);
            held.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot;
            try (var statement = held.createStatement();
                    var rs = statement.executeQuery("select pg_export_snapshot()")) {
                rs.next();
                snapshot = rs.getString(1);
            }
            var source = new JdbcTemplate(new SingleConnectionDataSource(held, true));
            before = counts(source);
            assertThat(before.get("draft")).isPositive();
            assertThat(before.get("image_consent_record")).isPositive();
            sourceChain = new RevisionChain(source).verify(from, now, "backup-test");
            assertThat(sourceChain.intact()).as(sourceChain.problem()).isTrue();
            sourceWhole = new RevisionChain(source).verify(1, now, "backup-test");
            everySchoolsChain = wholeChains(source, now);
            run(
                    "pg_dump",
                    "--format=custom",
                    "--no-owner",
                    "--snapshot=" + snapshot,
                    "--host=127.0.0.1",
                    "--port=" + TestDatabase.server().getPort(),
                    "--username=postgres",
                    "--file=" + dump,
                    "postgres");
            held.rollback();
        }
        assertThat(Files.size(dump)).isPositive();

        var fresh = work.resolve("data").resolve("postgres");
        try (var server = EmbeddedPostgres.builder()
                .setDataDirectory(fresh)
                .setCleanDataDirectory(false)
                .setPGStartupWait(java.time.Duration.ofSeconds(90))
                .start()) {
            try (var connection = server.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("create database safepost encoding 'UTF8'");
            }
            // The portal's own role and its rights are the new server's: the portal grants them as it starts.
            run(
                    "pg_restore",
                    "--no-owner",
                    "--no-privileges",
                    "--exit-on-error",
                    "--host=127.0.0.1",
                    "--port=" + server.getPort(),
                    "--username=postgres",
                    "--dbname=safepost",
                    dump.toString());
            var restored = new JdbcTemplate(server.getDatabase("postgres", "safepost"));
            assertThat(counts(restored)).isEqualTo(before);
            var copyChain = new RevisionChain(restored).verify(from, now, "backup-test");
            assertThat(copyChain.intact()).as(copyChain.problem()).isTrue();
            assertThat(copyChain.linksChecked()).isEqualTo(sourceChain.linksChecked());
            assertThat(copyChain.headHash()).isEqualTo(sourceChain.headHash());
            assertThat(new RevisionChain(restored).verify(1, now, "backup-test"))
                    .isEqualTo(sourceWhole);
            assertThat(wholeChains(restored, now)).as("every school's chain").isEqualTo(everySchoolsChain);
        }

        // Cold backup of the embedded setup: the data directory copied while its server is stopped.
        var copy = work.resolve("copy").resolve("postgres");
        FileSystemUtils.copyRecursively(fresh, copy);
        // As tar keeps them: PostgreSQL refuses a data directory others may read.
        Files.setPosixFilePermissions(copy, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        try (var server = EmbeddedPostgres.builder()
                .setDataDirectory(copy)
                .setCleanDataDirectory(false)
                .setPGStartupWait(java.time.Duration.ofSeconds(90))
                .start()) {
            var copied = new JdbcTemplate(server.getDatabase("postgres", "safepost"));
            assertThat(counts(copied)).isEqualTo(before);
            assertThat(new RevisionChain(copied)
                            .verify(from, now, "backup-test")
                            .intact())
                    .isTrue();
            assertThat(new RevisionChain(copied).verify(1, now, "backup-test")).isEqualTo(sourceWhole);
            assertThat(wholeChains(copied, now)).as("every school's chain").isEqualTo(everySchoolsChain);
        }
    }

    /** Each school's verdict on its whole chain. */
    private static Map<UUID, IntegrityReport> wholeChains(JdbcTemplate database, Instant now) {
        var chain = new RevisionChain(database);
        var verdicts = new LinkedHashMap<UUID, IntegrityReport>();
        for (var school : chain.schools().keySet()) {
            verdicts.put(school, chain.verify(school, 1, now, "backup-test"));
        }
        return verdicts;
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc) {
        var counts = new LinkedHashMap<String, Long>();
        for (var table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    private static boolean onPath(String tool) {
        return Files.isExecutable(Path.of("/usr/bin", tool)) || Files.isExecutable(Path.of("/usr/local/bin", tool));
    }

    private void run(String... command) throws Exception {
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(command[0] + ".log").toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(command[0]).isTrue();
        assertThat(process.exitValue())
                .as(command[0] + ": " + Files.readString(work.resolve(command[0] + ".log")))
                .isZero();
    }
}
