package app.safepost.trust;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.SafepostApplication;
import app.safepost.accounts.AccountId;
import app.safepost.accounts.Platform;
import app.safepost.accounts.SocialAccounts;
import app.safepost.compliance.NameMask;
import app.safepost.compliance.RosterIndex;
import app.safepost.compliance.RosterPupil;
import app.safepost.compliance.bench.GeneratedRoster;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.PostChecks;
import app.safepost.pupils.PupilNameMask;
import app.safepost.pupils.PupilRoster;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.Schools;
import app.safepost.security.PortalSchool;
import app.safepost.security.PortalTask;
import app.safepost.security.Roles;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestDatabase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A trust of 50 schools on one portal and one PostgreSQL, against the demo trust (Jesse Gray and Fenwick
 * Road, about 200 pupils each): start-up time, the heap the per-school roster indexes and name masks
 * keep, and the compliance check's p50/p95/p99 through the service the editor and the API call
 * ({@link PostChecks#check}), round robin over every school and in one school. The 48 added schools
 * are generated through the trust's own service (each with its logo-less profile, policy, whole-school
 * account and 7 class accounts), 50 staff each through the staff directory and 200 pupils each through
 * the roster import: about 10,000 pupils, 2,500 staff and 400 accounts in all. The portal runs in this
 * JVM on a database of its own ({@code trust_scale}), started afresh for each start-up measured.
 * Tagged {@code benchmark}: {@code ./mvnw -B test -Pbenchmark -Dtest=TrustScaleBenchmark}; writes
 * {@code target/benchmarks/trust-scale.txt}. Every figure carries the load average it was taken at.
 */
@Tag("benchmark")
class TrustScaleBenchmark {

    static final int SCHOOLS = 50;
    static final int PUPILS = 200;
    static final int STAFF = 50;
    static final int CHECKS = 2_000;
    private static final String DATABASE = "trust_scale";
    private static final String[] CLASSES = {
        "Reception", "Class 1", "Class 2", "Class 3", "Class 4", "Class 5", "Class 6"
    };
    private static final String POST = "What a brilliant morning for our class! We will hope for sunshine on "
            + "sports day. Well done to A.K. and T.O. for their volcano projects, and thank you to everyone who "
            + "brought cakes for the sale. Our parent helpers were amazing. See you all next week! #science #proud";

    private final StringBuilder report = new StringBuilder();
    private static volatile Object sink;

    @Test
    void measures_a_trust_of_fifty_schools_against_the_demo_trust() throws IOException {
        line(
                "Trust scale benchmark, %s; JVM %s, %d cores, max heap %d MB",
                Instant.now(),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        freshDatabase();
        try (var first = start("first start: migrations and the demo trust (not a figure)")) {
            sink = first;
        }
        try (var portal = start("start-up, demo trust")) {
            measure(portal);
            sessions(portal);
        }
        try (var portal = start("start before generating (not a figure)")) {
            generate(portal);
        }
        try (var portal = start("start-up, " + SCHOOLS + " schools")) {
            measure(portal);
            sessions(portal);
        }
        indexesAlone();
        System.out.println(report);
        var file = Path.of("target", "benchmarks", "trust-scale.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        assertThat(report).contains("retained");
    }

    /** The portal started on the benchmark's database, its start-up time written down. */
    private ConfigurableApplicationContext start(String what) {
        var properties = new HashMap<>(TestDatabase.portalOn(DATABASE));
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        var load = loadAverage();
        long started = System.nanoTime();
        var portal = new SpringApplicationBuilder(SafepostApplication.class)
                .properties(properties)
                .run();
        line("%-60s %8.1f s   (load average %s)", what, (System.nanoTime() - started) / 1e9, load);
        return portal;
    }

    private static void freshDatabase() {
        var server = TestDatabase.superuserJdbc();
        server.execute("drop database if exists " + DATABASE + " with (force)");
        server.execute("create database " + DATABASE);
    }

    /** Fills each school's caches with a first check, then reads the heap they keep and the check's times. */
    private void measure(ConfigurableApplicationContext portal) {
        var schools = portal.getBean(Schools.class).all();
        var checks = portal.getBean(PostChecks.class);
        var masks = portal.getBean(PupilNameMask.class);
        var accounts = portal.getBean(SocialAccounts.class);
        var content = new DraftContent(POST, List.of(), List.of());
        var wholeSchool = new HashMap<PortalSchool, AccountId>();
        for (var school : schools) {
            wholeSchool.put(
                    school,
                    PortalTask.runAsSystemIn(
                            school.id(),
                            () -> accounts.all().stream()
                                    .filter(a -> a.isWholeSchool())
                                    .findFirst()
                                    .orElseThrow()
                                    .id()));
        }
        long before = retainedHeap();
        var load = loadAverage();
        var firsts = new long[schools.size()];
        for (int i = 0; i < schools.size(); i++) {
            var school = schools.get(i);
            long started = System.nanoTime();
            PortalTask.runAsSystemIn(school.id(), () -> {
                sink = checks.check(wholeSchool.get(school), content);
                sink = masks.current();
                return null;
            });
            firsts[i] = System.nanoTime() - started;
        }
        long retained = retainedHeap() - before;
        line(
                "%-60s %8.1f MB (%.0f KB a school; load average %s)",
                "retained by " + schools.size() + " schools' indexes, masks and rules",
                retained / 1048576.0,
                retained / 1024.0 / schools.size(),
                load);
        line("%-60s %s   (load average %s)", "first check in each school (index built)", percentiles(firsts), load);
        // The first round warms up; the second is the figure.
        for (int round = 0; round < 2; round++) {
            var spread = timeChecks(schools, wholeSchool, checks, content);
            var jesseGray = timeChecks(
                    schools.stream().filter(s -> "990001".equals(s.urn())).toList(), wholeSchool, checks, content);
            if (round == 1) {
                line(
                        "%-60s %s   (load average %s)",
                        "check, round robin over " + schools.size() + " schools", percentiles(spread), loadAverage());
                line("%-60s %s   (load average %s)", "check, Jesse Gray only", percentiles(jesseGray), loadAverage());
            }
        }
    }

    /**
     * {@value #SESSIONS} staff at once, spread evenly over the schools, each typing a post: a live check
     * every 0.4 to 1.2 s ({@value #CHECKS_A_SESSION} of them), as the editor checks after a pause in
     * typing. Each session is a virtual thread with its school in hand; they share the portal's
     * connection pool as screens do.
     */
    private void sessions(ConfigurableApplicationContext portal) {
        var schools = portal.getBean(Schools.class).all();
        var checks = portal.getBean(PostChecks.class);
        var accounts = portal.getBean(SocialAccounts.class);
        var content = new DraftContent(POST, List.of(), List.of());
        var times = new ConcurrentLinkedQueue<Long>();
        var load = loadAverage();
        long started = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int s = 0; s < SESSIONS; s++) {
                var school = schools.get(s % schools.size());
                var random = new Random(s);
                executor.submit(() -> PortalTask.runAsSystemIn(school.id(), () -> {
                    var account = accounts.all().stream()
                            .filter(a -> a.isWholeSchool())
                            .findFirst()
                            .orElseThrow()
                            .id();
                    for (int i = 0; i < CHECKS_A_SESSION; i++) {
                        pause(400 + random.nextInt(800));
                        long at = System.nanoTime();
                        sink = checks.check(account, content);
                        times.add(System.nanoTime() - at);
                    }
                    return null;
                }));
            }
        }
        var all = times.stream().mapToLong(Long::longValue).toArray();
        line(
                "%-60s %s   (load average %s at the start, %s at the end; %.0f s)",
                SESSIONS + " sessions typing over " + schools.size() + " schools: live check",
                percentiles(all),
                load,
                loadAverage(),
                (System.nanoTime() - started) / 1e9);
    }

    static final int SESSIONS = 300;
    static final int CHECKS_A_SESSION = 10;

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long[] timeChecks(
            List<PortalSchool> schools,
            Map<PortalSchool, AccountId> wholeSchool,
            PostChecks checks,
            DraftContent content) {
        var times = new long[CHECKS];
        for (int i = 0; i < CHECKS; i++) {
            var school = schools.get(i % schools.size());
            long started = System.nanoTime();
            sink = PortalTask.runAsSystemIn(school.id(), () -> checks.check(wholeSchool.get(school), content));
            times[i] = System.nanoTime() - started;
        }
        return times;
    }

    /**
     * 48 schools more through the trust's service, each with 7 class accounts, 50 staff and 200 pupils,
     * so that the trust has {@value #SCHOOLS}.
     */
    private void generate(ConfigurableApplicationContext portal) {
        var trust = portal.getBean(TrustSchools.class);
        var directory = portal.getBean(SchoolDirectory.class);
        var roster = portal.getBean(PupilRoster.class);
        var transaction = portal.getBean(TransactionTemplate.class);
        var demoUsers = portal.getBean("demoSignIn", UserDetailsService.class);
        int existing = portal.getBean(Schools.class).all().size();
        var load = loadAverage();
        long started = System.nanoTime();
        for (int n = existing + 1; n <= SCHOOLS; n++) {
            var accounts = new ArrayList<NewClassAccount>();
            for (int c = 0; c < CLASSES.length; c++) {
                // Every third class account on Bluesky, the rest on X: 8 accounts a school with the whole-school one.
                var bluesky = c % 3 == 0;
                accounts.add(new NewClassAccount(
                        CLASSES[c],
                        c == 0 ? "R" : String.valueOf(c),
                        bluesky ? "@class%d.school%02d.example".formatted(c, n) : "@S%02d_Class%d".formatted(n, c),
                        bluesky ? Platform.BLUESKY : Platform.X));
            }
            SignedIn.as(demoUsers, DemoUsers.TRUST);
            var school = trust.add(new NewSchool(
                    "Generated School %02d".formatted(n),
                    "99%04d".formatted(100 + n),
                    "office@school%02d.example".formatted(n),
                    "@School%02d".formatted(n),
                    null,
                    null,
                    accounts));
            SignedIn.nobody();
            int number = n;
            PortalTask.runAsSystemIn(school.id(), () -> {
                transaction.executeWithoutResult(status -> staff(directory, number));
                return roster.importRoster(rosterCsv(number), null);
            });
        }
        line(
                "%-60s %8.1f s   (load average %s at the start, %s at the end)",
                "generating " + (SCHOOLS - existing) + " schools",
                (System.nanoTime() - started) / 1e9,
                load,
                loadAverage());
        var owner = TestDatabase.superuserJdbc(DATABASE);
        line(
                "the trust: %d schools, %d pupils on roll, %d staff, %d accounts",
                owner.queryForObject("select count(*) from school", Long.class),
                owner.queryForObject("select count(*) from pupil where not archived", Long.class),
                owner.queryForObject("select count(*) from staff_member", Long.class),
                owner.queryForObject("select count(*) from social_account", Long.class));
    }

    /** 3 of SLT, 7 class teachers, 28 teaching assistants, 2 office staff and 10 governors. */
    private static void staff(SchoolDirectory directory, int school) {
        for (int i = 1; i <= STAFF; i++) {
            var role = i <= 3
                    ? Roles.SLT
                    : i <= 10
                            ? Roles.TEACHER
                            : i <= 38 ? Roles.TEACHING_ASSISTANT : i <= 40 ? Roles.OFFICE : Roles.GOVERNOR;
            var username = "s%02dstaff%02d".formatted(school, i);
            directory.registerStaff(
                    username,
                    "Staff %02d of school %02d".formatted(i, school),
                    username + "@school%02d.example".formatted(school),
                    Roles.effective(Set.of(role)));
            if (Roles.TEACHER.equals(role)) {
                directory.assignClassTeacher(CLASSES[i - 4], username);
            }
        }
    }

    private static byte[] rosterCsv(int school) {
        var csv = new StringBuilder("upn,first_name,surname,preferred_name,class,image_consent,consent_recorded_on\n");
        var pupils = GeneratedRoster.of(PUPILS, school);
        for (int i = 0; i < pupils.size(); i++) {
            var pupil = pupils.get(i);
            csv.append("L8%02d%08dG,%s,%s,,%s,%s,2025-09-04\n"
                    .formatted(
                            school,
                            i,
                            pupil.firstName(),
                            pupil.surname(),
                            CLASSES[i % CLASSES.length],
                            pupil.consents().isEmpty() ? "no" : "yes"));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same indexes and masks built from generated rosters alone, without the portal: 1 and 50 schools. */
    private void indexesAlone() {
        for (int schools : new int[] {1, SCHOOLS}) {
            var rosters = new ArrayList<List<RosterPupil>>();
            for (int i = 0; i < schools; i++) {
                rosters.add(GeneratedRoster.of(PUPILS, 1_000 + i));
            }
            long before = retainedHeap();
            var kept = new ArrayList<Object>();
            for (var roster : rosters) {
                var index = RosterIndex.build(roster, "Generated School");
                kept.add(index);
                kept.add(NameMask.of(index));
            }
            long retained = retainedHeap() - before;
            sink = kept;
            line(
                    "%-60s %8.2f MB (%.0f KB a school)",
                    "index and mask of " + schools + " generated roster(s) of " + PUPILS + ", retained",
                    retained / 1048576.0,
                    retained / 1024.0 / schools);
        }
    }

    /** The heap in use after full collections: what live objects keep. */
    private static long retainedHeap() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String percentiles(long[] nanos) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return "p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms  (n=%d)"
                .formatted(
                        at(sorted, 0.50),
                        at(sorted, 0.95),
                        at(sorted, 0.99),
                        sorted[sorted.length - 1] / 1e6,
                        sorted.length);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void line(String format, Object... arguments) {
        var text = format.formatted(arguments);
        System.out.println(text);
        report.append(text).append('\n');
    }
}
