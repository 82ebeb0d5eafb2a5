package app.safepost.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.common.SchoolTime;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Not a test: generates 1,000,000 revisions over 50,000 records (school iPads, 20 revisions each, one
 * a minute, by eight people), then measures one record's history, the explorer's first page for one
 * user, and a date-range page deep in the list reached by its keyset, and writes the figures and the
 * index sizes to target/benchmarks/audit-explorer.txt. The generated rows are removed afterwards.
 * Run it with {@code ./mvnw test -Pbenchmark -Dtest=AuditExplorerBenchmark}.
 */
@Tag("benchmark")
@SafepostTest
class AuditExplorerBenchmark {

    private static final int REVISIONS = 1_000_000;
    private static final int RECORDS = 50_000;
    private static final int RUNS = 200;
    private static final int WARM_UP = 20;

    @Autowired
    AuditExplorer explorer;

    @Autowired
    app.safepost.school.SchoolProfileService profiles;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @Test
    void explorer_queries_on_a_million_revisions() throws IOException {
        var report = new ArrayList<String>();
        long base = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from revision_info", Long.class);
        long start = Instant.now().minusSeconds(60L * REVISIONS + 86_400).toEpochMilli();
        long generation = System.nanoTime();
        try {
            generate(base, start);
            report.add(String.format(
                    Locale.ROOT,
                    "generated %,d revisions over %,d records in %.1f s",
                    REVISIONS,
                    RECORDS,
                    (System.nanoTime() - generation) / 1e9));
            SignedIn.as(demoUsers, "head");
            var record = jdbc.queryForObject("select md5('bench-' || 4242)::uuid::text", String.class);

            report.add(measure(
                    "history of one record (20 revisions, API and screen path)",
                    () -> explorer.history("device", record)));
            report.add(measure(
                    "first page of 50, user filter (1 of 8 users)",
                    () -> explorer.entries(new AuditQuery(null, null, "deputy", null, null, null), null, 50)));
            report.add(measure(
                    "first page of 50, record-type filter",
                    () -> explorer.entries(new AuditQuery(null, null, null, "device", null, null), null, 50)));

            // A month in the middle of the generated range; its page 400 (20,000 entries in) by keyset.
            var middle = Instant.ofEpochMilli(start + 60_000L * REVISIONS / 2)
                    .atZone(SchoolTime.ZONE)
                    .toLocalDate();
            var month = new AuditQuery(middle, middle.plusDays(29), null, null, null, null);
            var deep = deepCursor(month, 400);
            assertThat(deep).isNotNull();
            report.add(measure(
                    "date-range page of 50, 20,000 entries deep (keyset)", () -> explorer.entries(month, deep, 50)));
            var deepUser = deepCursor(new AuditQuery(null, null, "deputy", null, null, null), 1000);
            report.add(measure(
                    "user-filter page of 50, 50,000 entries deep (keyset)",
                    () -> explorer.entries(new AuditQuery(null, null, "deputy", null, null, null), deepUser, 50)));

            report.add("");
            report.add("sizes:");
            for (var relation : List.of(
                    "audit_entry",
                    "audit_entry_pkey",
                    "audit_entry_time_idx",
                    "audit_entry_user_idx",
                    "audit_entry_table_idx",
                    "audit_entry_record_idx",
                    "school_device_aud",
                    "school_device_aud_pkey",
                    "school_device_aud_rev_idx",
                    "revision_info",
                    "revision_info_pkey",
                    "revision_info_timestamp_idx")) {
                report.add(String.format(
                        Locale.ROOT,
                        "  %-28s %s",
                        relation,
                        jdbc.queryForObject(
                                "select pg_size_pretty(pg_relation_size(?::regclass))", String.class, relation)));
            }
            var plan = jdbc.queryForList(
                    "explain (analyze, buffers) select rev, audit_table, record_id, revtype,"
                            + " rev_timestamp, username from audit_entry where username = 'deputy'"
                            + " order by rev_timestamp desc, rev desc, audit_table desc, record_id desc limit 51",
                    String.class);
            report.add("");
            report.add("plan of the user-filter first page:");
            plan.forEach(line -> report.add("  " + line));
            report.add("");
            report.add(measure(
                    "a school-profile change committed and sealed (index and chain link)",
                    () -> {
                        var before = profiles.profile();
                        return profiles.update(new app.safepost.school.SchoolProfile(
                                before.name(),
                                "office+" + System.nanoTime() + "@jessegray.example",
                                before.contactPhone(),
                                before.address(),
                                before.wholeSchoolHandle(),
                                before.version()));
                    },
                    50));
        } finally {
            SignedIn.nobody();
            var out = Path.of("target", "benchmarks", "audit-explorer.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, report);
            report.forEach(System.out::println);
            cleanUp(base);
        }
    }

    private AuditEntry deepCursor(AuditQuery query, int pages) {
        AuditEntry after = null;
        for (int i = 0; i < pages; i++) {
            after = explorer.entries(query, after, 50).next();
        }
        return after;
    }

    private void generate(long base, long start) {
        jdbc.execute("alter table revision_info disable trigger revision_info_sealed");
        try {
            jdbc.update("""
                    insert into revision_info (id, rev_timestamp, username, roles)
                    select ? + g, ? + g * 60000::bigint,
                           (array['head','deputy','computing','teacher','teacher4','ta','office','system'])[g % 8 + 1], 'slt'
                    from generate_series(0, ? - 1) g""", base, start, REVISIONS);
            jdbc.update("""
                    insert into school_device_aud (id, rev, revtype, label, make, model, serial, in_service)
                    select md5('bench-' || (g % ?))::uuid, ? + g, case when g < ? then 0 else 1 end,
                           'Bench iPad ' || (g % ?) || ' v' || (g / ?), 'Apple', 'iPad (10th generation)',
                           'BENCH' || (g % ?), (g / ?) % 2 = 0
                    from generate_series(0, ? - 1) g""", RECORDS, base, RECORDS, RECORDS, RECORDS, RECORDS, RECORDS, REVISIONS);
            jdbc.update("""
                    insert into audit_entry (rev, audit_table, record_id, revtype, rev_timestamp, username)
                    select a.rev, 'school_device_aud', a.id::text, a.revtype, r.rev_timestamp, r.username
                    from school_device_aud a join revision_info r on r.id = a.rev where a.rev >= ?""", base);
            jdbc.execute("analyze revision_info");
            jdbc.execute("analyze school_device_aud");
            jdbc.execute("analyze audit_entry");
        } finally {
            jdbc.execute("alter table revision_info enable trigger revision_info_sealed");
        }
    }

    /** Removes the generated rows; foreign-key checks are skipped for this session (a million of them per table). */
    private void cleanUp(long base) {
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
                statement.execute("delete from audit_entry where audit_table = 'school_device_aud' and rev >= " + base
                        + " and rev < " + (base + REVISIONS));
                statement.execute("delete from school_device_aud where serial like 'BENCH%' and rev >= " + base);
                statement.execute("update school_device_aud set revend = null, revend_tstmp = null where revend >= "
                        + base + " and revend < " + (base + REVISIONS));
                statement.execute("delete from revision_info where id >= " + base + " and id < " + (base + REVISIONS));
                statement.execute("set session_replication_role = origin");
            }
            return null;
        });
        jdbc.execute("vacuum analyze audit_entry");
    }

    private static String measure(String name, Supplier<?> query) {
        return measure(name, query, RUNS);
    }

    private static String measure(String name, Supplier<?> query, int runs) {
        for (int i = 0; i < WARM_UP; i++) {
            query.get();
        }
        var times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            query.get();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(times);
        return String.format(
                Locale.ROOT,
                "%-66s p50 %6.2f ms, p95 %6.2f ms, max %6.2f ms (%d runs)",
                name,
                times[runs / 2],
                times[(int) Math.ceil(runs * 0.95) - 1],
                times[runs - 1],
                runs);
    }
}
