package app.safepost.audit;

import app.safepost.testing.DemoUsers;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: what naming a page of 50 audit entries costs a governor, in statements and time, read one
 * entry at a time (each entry's record a query, each record it points to another, as the explorer named
 * a page before) and in batches ({@link AuditExplorer#recordNames}), on the demo school's trail: the
 * explorer's first page, the page after it, a page of pupils and a page of photo-consent decisions. 50
 * runs each after 10 warm-up runs; figures written to target/benchmarks/audit-record-names.txt. Run it
 * with {@code ./mvnw test -Pbenchmark -Dtest=AuditRecordNamesBenchmark}.
 */
@Tag("benchmark")
@SafepostTest
class AuditRecordNamesBenchmark {

    private static final int RUNS = 50;
    private static final int WARM_UP = 10;
    private static final int PAGE = 50;

    @Autowired
    AuditExplorer explorer;

    @Autowired
    RecordNaming naming;

    @Autowired
    RevisionMasking masking;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @Test
    void naming_a_page_one_by_one_and_in_batches() throws IOException {
        var report = new ArrayList<String>();
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        try {
            SignedIn.as(demoUsers, DemoUsers.GOVERNOR);
            var first = explorer.entries(AuditQuery.everything(), null, PAGE);
            var pages = new LinkedHashMap<String, List<AuditEntry>>();
            pages.put("first page (audit trail: open)", first.entries());
            pages.put(
                    "the page after it (audit trail: older page)",
                    explorer.entries(AuditQuery.everything(), first.next(), PAGE)
                            .entries());
            pages.put("a page of pupils", ofType("pupil"));
            pages.put("a page of photo-consent decisions", ofType("image-consent"));
            report.add(String.format(
                    Locale.ROOT,
                    "%-50s %5s %10s %11s %11s %11s %11s %11s",
                    "page of " + PAGE + ", as a governor",
                    "types",
                    "stmts 1by1",
                    "stmts batch",
                    "p50 1by1",
                    "p95 1by1",
                    "p50 batch",
                    "p95 batch"));
            for (var page : pages.entrySet()) {
                var entries = page.getValue();
                Supplier<Map<AuditEntry, String>> alone = () -> oneByOne(entries);
                Supplier<Map<AuditEntry, String>> batched = () -> explorer.recordNames(entries);
                var before = timed(alone);
                var after = timed(batched);
                report.add(String.format(
                        Locale.ROOT,
                        "%-50s %5d %10d %11d %8.2f ms %8.2f ms %8.2f ms %8.2f ms",
                        page.getKey() + " (" + entries.size() + ")",
                        entries.stream().map(AuditEntry::auditTable).distinct().count(),
                        statements(statistics, alone),
                        statements(statistics, batched),
                        before[0],
                        before[1],
                        after[0],
                        after[1]));
            }
        } finally {
            SignedIn.nobody();
            var out = Path.of("target", "benchmarks", "audit-record-names.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, report);
            report.forEach(System.out::println);
        }
    }

    private List<AuditEntry> ofType(String type) {
        return explorer.entries(new AuditQuery(null, null, null, type, null, null), null, PAGE)
                .entries();
    }

    /** As the explorer named a page before: one reader for the page, each entry read on its own. */
    private Map<AuditEntry, String> oneByOne(List<AuditEntry> page) {
        return new TransactionTemplate(transactions).execute(status -> {
            var reader = naming.forReader(masking.textMask());
            var names = new LinkedHashMap<AuditEntry, String>();
            page.forEach(e -> names.put(e, reader.nameOf(e)));
            return names;
        });
    }

    private static long statements(Statistics statistics, Supplier<?> naming) {
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            naming.get();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
            statistics.clear();
        }
    }

    /** p50 and p95 in milliseconds. */
    private static double[] timed(Supplier<?> naming) {
        for (int i = 0; i < WARM_UP; i++) {
            naming.get();
        }
        var times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            naming.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return new double[] {times[RUNS / 2], times[(int) Math.ceil(RUNS * 0.95) - 1]};
    }
}
