package app.safepost.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.audit.domain.RevisionChain;
import app.safepost.audit.domain.TrailAnchors;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SecurityContextPerTestContext;
import app.safepost.testing.SeparateDatabase;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestDatabase;
import app.safepost.testing.TestSchools;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Not a test: the integrity check over a chain of 1,000,000 revisions (school iPads, 20 revisions each
 * over 50,000 records, one a minute, by eight people). The newest are sealed as in production, by the
 * sealing trigger at each commit ({@code -Dbenchmark.sealed-by-trigger}, 2,000 by default, in
 * transactions of 500, timed); the trigger costs about 10 ms of database CPU a revision, so the older
 * ones are written and linked in bulk, as the database's owner, by the same SQL functions the trigger
 * calls (their row digest and link hash), which the full check then recomputes from the rows like any
 * other. Then the full check (what an auditor runs, and the nightly run once a week), the chain's head
 * anchored, one busy day of 2,000 revisions more sealed by the trigger, and the nightly check of only
 * the links after the anchor. Writes the figures to target/benchmarks/integrity-check.txt; the database
 * is the benchmark's own and goes with the test server. Run it with
 * {@code ./mvnw test -Pbenchmark -Dtest=IntegrityCheckBenchmark} ({@code -Dbenchmark.revisions=100000}
 * for a shorter run).
 */
@Tag("benchmark")
@SpringBootTest(
        properties = {
            "safepost.audit.anchor.file=target/integrity-benchmark/revision-anchors.log",
            "safepost.audit.anchor.key-file=target/integrity-benchmark/config/anchor-signing.key"
        })
@ContextConfiguration(initializers = IntegrityCheckBenchmark.Database.class)
@TestExecutionListeners(
        listeners = SecurityContextPerTestContext.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class IntegrityCheckBenchmark {

    private static final int REVISIONS = Integer.getInteger("benchmark.revisions", 1_000_000);
    private static final int RECORDS = 50_000;
    private static final int BY_TRIGGER = Integer.getInteger("benchmark.sealed-by-trigger", 2_000);
    private static final int PER_TRANSACTION = 500;
    private static final int PER_BULK = 100_000;
    private static final int DAY = 2_000;

    /** The benchmark's own database. */
    static final class Database extends SeparateDatabase {
        static final String NAME = "integrity_benchmark";

        @Override
        protected String name() {
            return NAME;
        }
    }

    @Autowired
    IntegrityCheck integrity;

    @Autowired
    RevisionChain chain;

    @Autowired
    TrailAnchors anchors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @Test
    void integrity_check_of_a_million_sealed_revisions() throws IOException {
        FileSystemUtils.deleteRecursively(anchors.file().getParent().toFile());
        var report = new ArrayList<String>();
        report.add(String.format(
                Locale.ROOT,
                "%s, %d cores, load average %.2f at the start",
                Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        try {
            SignedIn.as(demoUsers, DemoUsers.HEAD);
            long start =
                    Instant.now().minusSeconds(60L * (REVISIONS + DAY) + 86_400).toEpochMilli();
            var school = TestSchools.jesseGray(jdbc).value();
            long t0 = System.nanoTime();
            generateInBulk(school, 0, REVISIONS - BY_TRIGGER, start);
            report.add(line("generated and linked %,d revisions in bulk", t0, REVISIONS - BY_TRIGGER));
            TestDatabase.superuserJdbc(Database.NAME).execute("analyze");
            t0 = System.nanoTime();
            generate(REVISIONS - BY_TRIGGER, BY_TRIGGER, start);
            report.add(line(
                    "generated %,d revisions more, sealed by the trigger (%,d a transaction)",
                    t0, BY_TRIGGER, PER_TRANSACTION));

            t0 = System.nanoTime();
            var cpu = cpu();
            var full = integrity.checkChain();
            report.add(cpuLine("full check of %,d links", t0, cpu, full.linksChecked()));
            assertThat(full.intact()).as(full.inWords()).isTrue();

            SignedIn.as(demoUsers, DemoUsers.HEAD);
            var head = chain.head(school).orElseThrow();
            anchors.append(school, head, Instant.now());
            t0 = System.nanoTime();
            generate(REVISIONS, DAY, start);
            report.add(line("a day's %,d revisions more, sealed", t0, DAY));

            t0 = System.nanoTime();
            cpu = cpu();
            var nightly = integrity.checkSinceAnchorAndAnchor();
            report.add(cpuLine(
                    "nightly check of the %,d links after the anchor at link %,d, and anchoring",
                    t0, cpu, nightly.report().linksChecked(), head.position()));
            assertThat(nightly.anchored()).as(nightly.inWords()).isTrue();
            assertThat(nightly.report().whole()).isFalse();
        } finally {
            report.add(String.format(
                    Locale.ROOT,
                    "load average %.2f at the end",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            SignedIn.nobody();
            var out = Path.of("target", "benchmarks", "integrity-check.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, report);
            report.forEach(System.out::println);
        }
    }

    private static String line(String what, long since, Object... arguments) {
        return String.format(
                Locale.ROOT,
                "%-90s %8.1f s",
                String.format(Locale.ROOT, what, arguments),
                (System.nanoTime() - since) / 1e9);
    }

    /** The wall time and the CPU time of this JVM and of the test PostgreSQL server with its connections. */
    private static String cpuLine(String what, long since, double[] cpuBefore, Object... arguments) {
        var after = cpu();
        return line(what, since, arguments)
                + String.format(
                        Locale.ROOT,
                        " (CPU: database %.1f s, portal %.1f s)",
                        after[0] - cpuBefore[0],
                        after[1] - cpuBefore[1]);
    }

    /** CPU seconds so far of the test PostgreSQL server (its process and its connections') and of this JVM. */
    private static double[] cpu() {
        var port = " -p " + TestDatabase.server().getPort() + " ";
        double database = ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("postgres") && c.contains(port))
                        .orElse(false))
                .findFirst()
                .map(server -> Stream.concat(Stream.of(server), server.children())
                        .mapToDouble(p -> cpuSeconds(p.pid()))
                        .sum())
                .orElse(0.0);
        var jvm = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new double[] {database, jvm.getProcessCpuTime() / 1e9};
    }

    private static double cpuSeconds(long pid) {
        try {
            var stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime, fields 14 and 15 (1-based, man proc), in clock ticks of 1/100 s.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException ended) {
            return 0;
        }
    }

    /**
     * Revisions {@code from} to {@code from + count - 1} written as the database's owner with the
     * trigger off, indexed, and linked onto the school's chain with the trigger's own functions.
     */
    private void generateInBulk(UUID school, int from, int count, long start) {
        var owner = TestDatabase.superuserJdbc(Database.NAME);
        for (int chunk = from; chunk < from + count; chunk += PER_BULK) {
            int first = chunk;
            int last = Math.min(from + count, chunk + PER_BULK) - 1;
            owner.execute((ConnectionCallback<Void>) connection -> {
                connection.setAutoCommit(false);
                try (var statement = connection.createStatement()) {
                    statement.execute("alter table revision_info disable trigger revision_info_sealed");
                    statement.execute(("""
                            create temporary table bench_rev on commit drop as
                            select g, nextval('revision_info_seq') as rev from generate_series(%1$d, %2$d) g;
                            insert into revision_info (id, school_id, rev_timestamp, username, roles)
                            select rev, '%3$s', %4$d + g * 60000::bigint,
                                   (array['head','deputy','computing','teacher','teacher4','ta','office','system'])[g %% 8 + 1],
                                   'slt'
                            from bench_rev order by g;
                            insert into school_device_aud (id, school_id, rev, revtype, label, make, model, serial, in_service)
                            select md5('bench-' || (g %% %5$d))::uuid, '%3$s', rev, case when g < %5$d then 0 else 1 end,
                                   'Bench iPad ' || (g %% %5$d) || ' v' || (g / %5$d), 'Apple', 'iPad (10th generation)',
                                   'BENCH' || (g %% %5$d), (g / %5$d) %% 2 = 0
                            from bench_rev;
                            insert into audit_entry (school_id, rev, audit_table, record_id, revtype, rev_timestamp, username)
                            select r.school_id, a.rev, 'school_device_aud', a.id::text, a.revtype, r.rev_timestamp, r.username
                            from bench_rev b join school_device_aud a on a.rev = b.rev join revision_info r on r.id = b.rev;
                            do $$ declare prev text; pos bigint; l record; digest text; begin
                                perform pg_advisory_xact_lock(hashtextextended('revision-chain ' || '%3$s', 7243010912));
                                select hash, position into prev, pos from revision_chain where school_id = '%3$s'
                                order by position desc limit 1;
                                prev := coalesce(prev, repeat('0', 64));
                                pos := coalesce(pos, 0);
                                for l in select b.rev, r.rev_timestamp, r.username, r.roles,
                                                audit_row_digest('school_device_aud', to_jsonb(a)) as row_digest
                                         from bench_rev b join revision_info r on r.id = b.rev
                                         join school_device_aud a on a.rev = b.rev order by b.g loop
                                    digest := encode(sha256(convert_to(l.row_digest, 'UTF8')), 'hex');
                                    pos := pos + 1;
                                    insert into revision_chain (school_id, position, rev, content_digest, previous_hash, hash)
                                    values ('%3$s', pos, l.rev, digest, prev,
                                            audit_link_hash(prev, l.rev, l.rev_timestamp, l.username, l.roles, digest))
                                    returning hash into prev;
                                end loop;
                            end $$;
                            """).formatted(first, last, school, start, RECORDS));
                    statement.execute("alter table revision_info enable trigger revision_info_sealed");
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                }
                return null;
            });
        }
    }

    /** Revisions {@code from} to {@code from + count - 1}, each with its iPad's audit row, sealed at each commit. */
    private void generate(int from, int count, long start) {
        for (int chunk = from; chunk < from + count; chunk += PER_TRANSACTION) {
            int first = chunk;
            int size = Math.min(PER_TRANSACTION, from + count - chunk);
            transaction.executeWithoutResult(status -> {
                var ids = jdbc
                        .queryForList(
                                "select nextval('revision_info_seq') from generate_series(1, ?)", Long.class, size)
                        .stream()
                        .map(String::valueOf)
                        .collect(Collectors.joining(",", "{", "}"));
                jdbc.update("""
                        insert into revision_info (id, rev_timestamp, username, roles)
                        select (?::bigint[])[g - ? + 1], ? + g * 60000::bigint,
                               (array['head','deputy','computing','teacher','teacher4','ta','office','system'])[g % 8 + 1],
                               'slt'
                        from generate_series(?, ? - 1) g""", ids, first, start, first, first + size);
                jdbc.update("""
                        insert into school_device_aud (id, rev, revtype, label, make, model, serial, in_service)
                        select md5('bench-' || (g % ?))::uuid, (?::bigint[])[g - ? + 1], case when g < ? then 0 else 1 end,
                               'Bench iPad ' || (g % ?) || ' v' || (g / ?), 'Apple', 'iPad (10th generation)',
                               'BENCH' || (g % ?), (g / ?) % 2 = 0
                        from generate_series(?, ? - 1) g""", RECORDS, ids, first, RECORDS, RECORDS, RECORDS, RECORDS, RECORDS, first, first + size);
            });
        }
    }
}
